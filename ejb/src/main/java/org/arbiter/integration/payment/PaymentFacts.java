package org.arbiter.integration.payment;

import java.time.Instant;
import java.util.Objects;

import org.arbiter.shared.Money;

/**
 * What was paid for an order, and when; {@code updatedAt} is when the platform last learnt something new about
 * the payment (null when the source does not say).
 */
public record PaymentFacts(String orderId, Money paid, Instant paidAt, Instant updatedAt) {

    public PaymentFacts {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(paidAt, "paidAt");
    }
}
