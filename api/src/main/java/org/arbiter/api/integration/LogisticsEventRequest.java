package org.arbiter.api.integration;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.arbiter.api.MaxCharacters;
import org.arbiter.api.vocabulary.LogisticsStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One scan of the parcel reported by the carrier. */
@Schema(name = "LogisticsEvent")
public record LogisticsEventRequest(
        @NotNull LogisticsStatus status,
        @NotNull Instant occurredAt,
        @MaxCharacters(200) @Schema(maxLength = 200) String location,
        @MaxCharacters(500) @Schema(maxLength = 500) String description,
        @MaxCharacters(100) @Schema(maxLength = 100) String signedBy) {
}
