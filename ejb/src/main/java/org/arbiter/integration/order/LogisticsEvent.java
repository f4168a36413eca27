package org.arbiter.integration.order;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.arbiter.api.vocabulary.LogisticsStatus;

/** A scan of an order's parcel, as the carrier reported it. Immutable. */
@Entity
@Table(name = "logistics_event")
public class LogisticsEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "logistics_event_seq")
    @SequenceGenerator(name = "logistics_event_seq", sequenceName = "logistics_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false, length = 64)
    private String orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false, length = 24)
    private LogisticsStatus status;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "location", updatable = false, length = 400)
    private String location;

    @Column(name = "description", updatable = false, length = 1000)
    private String description;

    @Column(name = "signed_by", updatable = false, length = 200)
    private String signedBy;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected LogisticsEvent() {
        // for JPA
    }

    public LogisticsEvent(String orderId, LogisticsStatus status, Instant occurredAt, String location,
                          String description, String signedBy, Instant receivedAt) {
        this.orderId = Objects.requireNonNull(orderId);
        this.status = Objects.requireNonNull(status);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.location = location;
        this.description = description;
        this.signedBy = signedBy;
        this.receivedAt = Objects.requireNonNull(receivedAt);
    }

    /**
     * Whether this scan and {@code other}, of the same status at the same time, report the same: then one is a retry
     * of the other. Otherwise they are two accounts of one event, and a carrier's correction is a scan of its own.
     */
    boolean reportsTheSameAs(LogisticsEvent other) {
        return Objects.equals(location, other.location) && Objects.equals(description, other.description)
                && Objects.equals(signedBy, other.signedBy);
    }

    public String getOrderId() {
        return orderId;
    }

    public LogisticsStatus getStatus() {
        return status;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getLocation() {
        return location;
    }

    public String getDescription() {
        return description;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
