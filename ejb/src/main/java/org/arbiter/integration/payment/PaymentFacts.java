package org.arbiter.integration.payment;

import java.time.Instant;
import java.util.Objects;

import org.arbiter.shared.Money;

/** What was paid for an order, and when. */
public record PaymentFacts(String orderId, Money paid, Instant paidAt) {

    public PaymentFacts {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(paidAt, "paidAt");
    }
}
