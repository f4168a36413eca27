package org.arbiter.integration.order;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.arbiter.api.vocabulary.LogisticsStatus;
import org.arbiter.api.vocabulary.PartySide;
import org.arbiter.shared.Money;

/**
 * What the marketplace says about an order, as the dispute process needs it. Immutable.
 */
public record OrderFacts(
        String orderId,
        String buyerId,
        String sellerId,
        Money amount,
        Instant paidAt,
        Delivery delivery) {

    public OrderFacts {
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(buyerId);
        Objects.requireNonNull(sellerId);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(paidAt);
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

    /** Where the parcel is and who signed for it; {@code null} when nothing was shipped yet. */
    public record Delivery(String carrier, String trackingNumber, LogisticsStatus status, Instant shippedAt,
                           Instant signedAt, String signedBy) {
    }

    /** One logistics event of the parcel's trace. */
    public record Scan(LogisticsStatus status, Instant occurredAt, String location, String description,
                       String signedBy) {
    }
}
