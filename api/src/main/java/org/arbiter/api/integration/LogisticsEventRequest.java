package org.arbiter.api.integration;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.arbiter.api.vocabulary.LogisticsStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One scan of the parcel reported by the carrier. */
@Schema(name = "LogisticsEvent")
public record LogisticsEventRequest(
        @NotNull LogisticsStatus status,
        @NotNull Instant occurredAt,
        @Size(max = 200) String location,
        @Size(max = 500) String description,
        @Size(max = 100) String signedBy) {
}
