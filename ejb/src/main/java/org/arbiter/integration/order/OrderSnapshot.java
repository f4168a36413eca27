package org.arbiter.integration.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.arbiter.shared.ConflictException;
import org.arbiter.shared.Money;

/**
 * The latest snapshot of an order the marketplace pushed. A new push replaces amounts, lines and
 * logistics, but an order never changes hands: a push that names other parties is refused.
 */
@Entity
@Table(name = "order_snapshot")
public class OrderSnapshot {

    @Id
    @Column(name = "order_id", length = 64)
    private String orderId;

    @Column(name = "buyer_id", nullable = false, updatable = false, length = 64)
    private String buyerId;

    @Column(name = "seller_id", nullable = false, updatable = false, length = 64)
    private String sellerId;

    @Embedded
    private Money amount;

    @Column(name = "paid_at", nullable = false)
    private Instant paidAt;

    @ElementCollection
    @CollectionTable(name = "order_item", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    @Embedded
    private Shipment shipment;

    /** When the latest scan happened: older scans arriving late do not move the shipment back. */
    @Column(name = "last_scan_at")
    private Instant lastScanAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    protected OrderSnapshot() {
        // for JPA
    }

    public OrderSnapshot(String orderId, String buyerId, String sellerId, Money amount, Instant paidAt,
                         List<OrderLine> lines, Shipment shipment, Instant now) {
        if (buyerId.equals(sellerId)) {
            throw new ConflictException("an order's buyer and seller are different users");
        }
        this.orderId = Objects.requireNonNull(orderId);
        this.buyerId = buyerId;
        this.sellerId = sellerId;
        this.receivedAt = now;
        replace(amount, paidAt, lines, shipment, now);
    }

    /** Takes a newer push of the same order. */
    public void replaceWith(String pushedBuyer, String pushedSeller, Money newAmount, Instant newPaidAt,
                            List<OrderLine> newLines, Shipment newShipment, Instant now) {
        if (!buyerId.equals(pushedBuyer) || !sellerId.equals(pushedSeller)) {
            throw new ConflictException("order " + orderId + " is between " + buyerId + " and " + sellerId
                    + "; a snapshot cannot change its parties");
        }
        replace(newAmount, newPaidAt, newLines, newShipment, now);
    }

    private void replace(Money newAmount, Instant newPaidAt, List<OrderLine> newLines, Shipment newShipment,
                         Instant now) {
        this.amount = Objects.requireNonNull(newAmount);
        this.paidAt = Objects.requireNonNull(newPaidAt);
        this.lines.clear();
        this.lines.addAll(newLines);
        this.shipment = newShipment;
        this.updatedAt = now;
    }

    /**
     * A carrier's scan moves the shipment on, unless something later is already known: a later scan, or a
     * shipment or delivery time the marketplace pushed with the snapshot. A scan that arrives late is kept among
     * the scans but does not turn a delivered parcel back into one in transit.
     */
    public void record(LogisticsEvent scan) {
        Instant at = scan.getOccurredAt();
        Instant pushed = shipment == null ? null : shipment.latestReportedAt();
        // What was pushed wins a tie with a scan at the same instant; of two scans at one instant, the later received.
        boolean pushedIsLatest = pushed != null && (lastScanAt == null || pushed.isAfter(lastScanAt));
        boolean newer = pushedIsLatest ? at.isAfter(pushed) : lastScanAt == null || !at.isBefore(lastScanAt);
        if (newer) {
            Shipment current = shipment != null ? shipment : new Shipment(null, null, null, null, null, null);
            shipment = current.after(scan);
            lastScanAt = scan.getOccurredAt();
        }
        // Not updatedAt: that is when the order and its payment last changed, and a scan changes neither. The
        // logistics facts date themselves by their latest scan's arrival (SnapshotLogistics).
    }

    public OrderFacts facts() {
        return new OrderFacts(orderId, buyerId, sellerId, amount, paidAt, updatedAt);
    }

    public String getOrderId() {
        return orderId;
    }

    public String getBuyerId() {
        return buyerId;
    }

    public String getSellerId() {
        return sellerId;
    }

    public Money getAmount() {
        return amount;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }

    public Shipment getShipment() {
        return shipment;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    /** When a push or a logistics event last changed this snapshot. */
    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
