package org.arbiter.api.integration;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.arbiter.api.ApiFormats;
import org.arbiter.api.MaxCharacters;
import org.arbiter.api.vocabulary.LogisticsStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the order's parcel is, and who signed for it. */
@Schema(name = "Logistics")
public record LogisticsDto(
        @MaxCharacters(64) @Schema(maxLength = 64, example = "SF") String carrier,
        @Pattern(regexp = ApiFormats.EXTERNAL_ID) @Schema(example = "SF123") String trackingNumber,
        @NotNull LogisticsStatus status,
        Instant shippedAt,
        @Schema(description = "When the parcel was signed for; required when status is DELIVERED, not before shippedAt")
        Instant signedAt,
        @MaxCharacters(100) @Schema(maxLength = 100, example = "locker") String signedBy) {
}
