package org.arbiter.integration.payment;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arbiter.integration.order.OrderPort;

/** The built-in adapter: the payment as the marketplace reported it in the order snapshot (amount, paid at). */
@ApplicationScoped
public class OrderSnapshotPayments implements PaymentPort {

    @Inject
    OrderPort orders;

    @Override
    public Optional<PaymentFacts> find(String orderId) {
        return orders.find(orderId).map(order -> new PaymentFacts(order.orderId(), order.amount(), order.paidAt()));
    }
}
