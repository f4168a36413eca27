package org.arbiter.api.integration;

import java.time.Instant;

import org.arbiter.api.vocabulary.LogisticsStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored logistics event. */
@Schema(name = "LogisticsEventView")
public record LogisticsEventView(
        LogisticsStatus status,
        Instant occurredAt,
        String location,
        String description,
        String signedBy,
        Instant receivedAt) {
}
