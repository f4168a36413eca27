package org.arbiter.integration.logistics;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.arbiter.integration.order.LogisticsEvent;
import org.arbiter.integration.order.OrderSnapshot;
import org.arbiter.integration.order.OrderSnapshots;
import org.arbiter.integration.order.Shipment;

/**
 * The logistics port's built-in adapter: the shipment of the latest order snapshot, moved on by the logistics
 * events the marketplace pushed, and those events as the trace. It changed when the snapshot was last
 * updated or the last event arrived, whichever is later.
 */
@ApplicationScoped
@Typed(SnapshotLogistics.class)
public class SnapshotLogistics implements LogisticsPort {

    @Inject
    OrderSnapshots snapshots;

    @Override
    public Optional<LogisticsFacts> find(String orderId) {
        Optional<OrderSnapshot> stored = snapshots.stored(orderId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        OrderSnapshot snapshot = stored.get();
        List<LogisticsEvent> events = snapshots.scans(orderId);
        Shipment shipment = snapshot.getShipment();
        if ((shipment == null || shipment.getStatus() == null) && events.isEmpty()) {
            return Optional.empty();
        }
        Instant updatedAt = snapshot.getUpdatedAt();
        for (LogisticsEvent event : events) {
            if (updatedAt == null || event.getReceivedAt().isAfter(updatedAt)) {
                updatedAt = event.getReceivedAt();
            }
        }
        List<LogisticsFacts.Scan> trace = events.stream()
                .map(e -> new LogisticsFacts.Scan(e.getStatus(), e.getOccurredAt(), e.getLocation(), e.getDescription(),
                        e.getSignedBy()))
                .toList();
        return Optional.of(shipment == null
                ? new LogisticsFacts(orderId, null, null, null, null, null, null, trace, updatedAt)
                : new LogisticsFacts(orderId, shipment.getCarrier(), shipment.getTrackingNumber(), shipment.getStatus(),
                        shipment.getShippedAt(), shipment.getSignedAt(), shipment.getSignedBy(), trace, updatedAt));
    }
}
