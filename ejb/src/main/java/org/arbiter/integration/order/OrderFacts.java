package org.arbiter.integration.order;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.arbiter.api.vocabulary.PartySide;
import org.arbiter.shared.Money;

/**
 * What the marketplace says about an order, as the dispute process needs it: its parties, amount and payment
 * time, and when the platform last learnt something new about it ({@code updatedAt}; null when the source does
 * not say). Where its parcel is comes from the logistics port. Immutable.
 */
public record OrderFacts(
        String orderId,
        String buyerId,
        String sellerId,
        Money amount,
        Instant paidAt,
        Instant updatedAt) {

    public OrderFacts {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(buyerId, "buyerId");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidAt, "paidAt");
    }

    /** The side the user is on, if they are a party to the order at all. */
    public Optional<PartySide> sideOf(String userId) {
        if (buyerId.equals(userId)) {
            return Optional.of(PartySide.BUYER);
        }
        if (sellerId.equals(userId)) {
            return Optional.of(PartySide.SELLER);
        }
        return Optional.empty();
    }

    public String userOn(PartySide side) {
        return side == PartySide.BUYER ? buyerId : sellerId;
    }
}
