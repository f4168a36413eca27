package org.arbiter.integration.logistics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.arbiter.api.vocabulary.LogisticsStatus;

/**
 * Where an order's parcel is, as the carrier last reported it, with its trace of scans (oldest first) and when
 * the platform last learnt something new about it ({@code updatedAt}; null when the source does not say).
 * Immutable.
 */
public record LogisticsFacts(String orderId, String carrier, String trackingNumber, LogisticsStatus status,
                             Instant shippedAt, Instant signedAt, String signedBy, List<Scan> trace,
                             Instant updatedAt) {

    public LogisticsFacts {
        Objects.requireNonNull(orderId, "orderId");
        trace = trace == null ? List.of() : List.copyOf(trace);
    }

    /** The carrier recorded a signed delivery. */
    public boolean signed() {
        return signedAt != null;
    }

    /** One scan of the parcel's trace. */
    public record Scan(LogisticsStatus status, Instant occurredAt, String location, String description,
                       String signedBy) {

        public Scan {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }
}
