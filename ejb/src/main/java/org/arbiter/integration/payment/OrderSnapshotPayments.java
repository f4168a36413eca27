package org.arbiter.integration.payment;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.arbiter.integration.order.OrderSnapshots;

/**
 * The built-in adapter: the payment as the marketplace reported it in the order snapshot (amount, paid at), as
 * of the snapshot's last update.
 */
@ApplicationScoped
@Typed(OrderSnapshotPayments.class)
public class OrderSnapshotPayments implements PaymentPort {

    @Inject
    OrderSnapshots snapshots;

    @Override
    public Optional<PaymentFacts> find(String orderId) {
        return snapshots.stored(orderId).map(snapshot -> new PaymentFacts(snapshot.getOrderId(), snapshot.getAmount(),
                snapshot.getPaidAt(), snapshot.getUpdatedAt()));
    }
}
