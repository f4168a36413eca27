package org.arbiter.integration.order;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.arbiter.api.integration.LogisticsDto;
import org.arbiter.api.integration.LogisticsEventRequest;
import org.arbiter.api.integration.OrderItemDto;
import org.arbiter.api.integration.OrderSnapshotRequest;
import org.arbiter.api.integration.OrderSnapshotView;
import org.arbiter.api.vocabulary.LogisticsStatus;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.integration.IntegrationSettings;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ConflictException;
import org.arbiter.shared.Fields;
import org.arbiter.shared.ForbiddenException;
import org.arbiter.shared.Money;
import org.arbiter.shared.NotFoundException;

/** Takes what the marketplace pushes: order snapshots and logistics events. {@code PLATFORM} only. */
@Stateless
public class OrderIntegrationService {

    @Inject
    OrderSnapshots snapshots;

    @Inject
    OrderViewMapper views;

    @Inject
    IntegrationSettings settings;

    @Inject
    Clock clock;

    /** The stored snapshot, and whether it is the first one for that order. */
    public record Pushed(OrderSnapshotView view, boolean created) {
    }

    public Pushed push(Caller caller, OrderSnapshotRequest request) {
        requirePlatform(caller);
        Instant now = clock.instant();
        Fields fields = new Fields();
        // The currency on its own first, so that an unknown code is reported on its own field.
        boolean knownCurrency = fields.parse("currency", () -> Money.currencyOf(request.currency())) != null;
        Money amount = knownCurrency ? fields.parse("amount", () -> Money.parse(request.amount(), request.currency()))
                : null;
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; knownCurrency && i < request.items().size(); i++) {
            OrderItemDto item = request.items().get(i);
            String field = "items[" + i + "].unitPrice";
            Money price = fields.parse(field, () -> Money.parse(item.unitPrice(), request.currency()));
            if (price != null) {
                lines.add(new OrderLine(item.sku(), item.title(), item.quantity(), price.getAmount()));
            }
        }
        if (request.buyerId().equals(request.sellerId())) {
            fields.reject("sellerId", "must differ from buyerId");
        }
        ReportedTimes times = settings.reportedTimes();
        times.check(fields, "paidAt", request.paidAt(), now);
        Shipment shipment = shipment(request.logistics(), times, now, fields);
        fields.throwIfAny();

        var existing = snapshots.snapshot(request.orderId(), true);
        OrderSnapshot snapshot;
        if (existing.isPresent()) {
            snapshot = existing.get();
            snapshot.replaceWith(request.buyerId(), request.sellerId(), amount, request.paidAt(), lines, shipment, now);
        } else {
            snapshot = new OrderSnapshot(request.orderId(), request.buyerId(), request.sellerId(), amount,
                    request.paidAt(), lines, shipment, now);
            snapshots.add(snapshot);
        }
        return new Pushed(views.toView(snapshot, snapshots.scans(request.orderId())), existing.isEmpty());
    }

    public OrderSnapshotView get(Caller caller, String orderId) {
        requirePlatform(caller);
        OrderSnapshot snapshot = snapshots.snapshot(orderId, false)
                .orElseThrow(() -> new NotFoundException("no order " + orderId));
        return views.toView(snapshot, snapshots.scans(orderId));
    }

    /** The order after a scan, and whether the scan was new (a retry reports one already stored). */
    public record RecordedScan(OrderSnapshotView view, boolean stored) {
    }

    public RecordedScan recordLogisticsEvent(Caller caller, String orderId, LogisticsEventRequest request) {
        requirePlatform(caller);
        Instant now = clock.instant();
        Fields fields = new Fields();
        settings.reportedTimes().check(fields, "occurredAt", request.occurredAt(), now);
        fields.throwIfAny();
        OrderSnapshot snapshot = snapshots.snapshot(orderId, true)
                .orElseThrow(() -> new NotFoundException("no order " + orderId));
        LogisticsEvent scan = new LogisticsEvent(orderId, request.status(), request.occurredAt(), request.location(),
                request.description(), request.signedBy(), now);
        // The same scan reported twice is stored once: retries of this call are harmless. The same event reported
        // otherwise is refused, not dropped as if it were a retry: the signer and the place are evidence.
        Optional<LogisticsEvent> earlier = snapshots.scanLike(orderId, scan);
        if (earlier.isPresent() && !earlier.get().reportsTheSameAs(scan)) {
            throw new ConflictException("a " + scan.getStatus() + " scan at " + scan.getOccurredAt() + " is already "
                    + "recorded for order " + orderId + " with another location, description or signer; scans are not "
                    + "replaced: report a correction as a scan of its own, at the time it was made");
        }
        boolean stored = earlier.isEmpty();
        if (stored) {
            snapshots.add(scan);
            snapshot.record(scan);
        }
        return new RecordedScan(views.toView(snapshot, snapshots.scans(orderId)), stored);
    }

    private static Shipment shipment(LogisticsDto logistics, ReportedTimes times, Instant now, Fields fields) {
        if (logistics == null) {
            return null;
        }
        times.check(fields, "logistics.shippedAt", logistics.shippedAt(), now);
        times.check(fields, "logistics.signedAt", logistics.signedAt(), now);
        if (logistics.signedAt() != null && logistics.shippedAt() != null
                && logistics.signedAt().isBefore(logistics.shippedAt())) {
            fields.reject("logistics.signedAt", "cannot be before logistics.shippedAt");
        }
        if (logistics.status() == LogisticsStatus.DELIVERED && logistics.signedAt() == null) {
            // Without it no scan could be placed before or after the delivery, and the protection window has no start.
            fields.reject("logistics.signedAt", "is required when logistics.status is DELIVERED");
        }
        return new Shipment(logistics.carrier(), logistics.trackingNumber(), logistics.status(),
                logistics.shippedAt(), logistics.signedAt(), logistics.signedBy());
    }

    private static void requirePlatform(Caller caller) {
        if (!caller.has(Role.PLATFORM)) {
            throw new ForbiddenException("only the marketplace's own systems (PLATFORM) push orders");
        }
    }
}
