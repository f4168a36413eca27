package org.arbiter.integration.http;

import java.time.Instant;
import java.util.List;

import org.arbiter.api.vocabulary.LogisticsStatus;

/**
 * The marketplace's answers as docs/INTEGRATION.md defines them, read with the project's Jackson settings (fields
 * the contract does not name are ignored). Money is a decimal string with its currency code, times are ISO-8601
 * instants.
 */
public final class MarketplaceAnswers {

    private MarketplaceAnswers() {
    }

    /** An amount and its currency, as both priced answers carry them. */
    public interface Priced {

        String amount();

        String currency();
    }

    /** {@code GET /orders/{orderId}}. */
    public record OrderAnswer(String orderId, String buyerId, String sellerId, String amount, String currency,
                              Instant paidAt, Instant updatedAt) implements Priced {
    }

    /** {@code GET /orders/{orderId}/payment}. */
    public record PaymentAnswer(String orderId, String amount, String currency, Instant paidAt, Instant updatedAt)
            implements Priced {
    }

    /** {@code GET /orders/{orderId}/logistics}: the parcel now, and its scans. */
    public record LogisticsAnswer(String orderId, String carrier, String trackingNumber, LogisticsStatus status,
                                  Instant shippedAt, Instant signedAt, String signedBy, List<ScanAnswer> events,
                                  Instant updatedAt) {
    }

    /** One scan of the parcel. */
    public record ScanAnswer(LogisticsStatus status, Instant occurredAt, String location, String description,
                             String signedBy) {
    }
}
