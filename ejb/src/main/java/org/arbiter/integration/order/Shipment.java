package org.arbiter.integration.order;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.arbiter.api.vocabulary.LogisticsStatus;

/** Where an order's parcel stands, as last reported. Immutable: a new report replaces it whole. */
@Embeddable
public class Shipment {

    @Column(name = "carrier", length = 128)
    private String carrier;

    @Column(name = "tracking_number", length = 64)
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "logistics_status", length = 24)
    private LogisticsStatus status;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by", length = 200)
    private String signedBy;

    protected Shipment() {
        // for JPA
    }

    public Shipment(String carrier, String trackingNumber, LogisticsStatus status, Instant shippedAt,
                    Instant signedAt, String signedBy) {
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.status = status;
        this.shippedAt = shippedAt;
        this.signedAt = signedAt;
        this.signedBy = signedBy;
    }

    /** The shipment after a scan: the status moves on, a delivery records who signed and when. */
    Shipment after(LogisticsEvent scan) {
        Instant shipped = shippedAt;
        if (shipped == null && scan.getStatus() != LogisticsStatus.NOT_SHIPPED) {
            shipped = scan.getOccurredAt();
        }
        boolean delivered = scan.getStatus() == LogisticsStatus.DELIVERED;
        return new Shipment(carrier, trackingNumber, scan.getStatus(), shipped,
                delivered ? scan.getOccurredAt() : signedAt, delivered ? scan.getSignedBy() : signedBy);
    }

    /** The latest time this report names (the delivery, else the shipment), or null when it names none. */
    Instant latestReportedAt() {
        if (signedAt != null && (shippedAt == null || signedAt.isAfter(shippedAt))) {
            return signedAt;
        }
        return shippedAt;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public LogisticsStatus getStatus() {
        return status;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }
}
