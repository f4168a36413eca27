package org.arbiter.api.integration;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.arbiter.api.ApiFormats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An order as the marketplace knows it: who bought from whom, for how much, and where the parcel is.
 * Pushing the same order again replaces the snapshot; its buyer and seller never change.
 */
@Schema(name = "OrderSnapshot")
public record OrderSnapshotRequest(
        @NotBlank @Pattern(regexp = ApiFormats.EXTERNAL_ID) @Schema(example = "O-1001") String orderId,
        @NotBlank @Pattern(regexp = ApiFormats.EXTERNAL_ID) @Schema(example = "buyer1") String buyerId,
        @NotBlank @Pattern(regexp = ApiFormats.EXTERNAL_ID) @Schema(example = "seller1") String sellerId,
        @NotNull @Pattern(regexp = ApiFormats.DECIMAL) @Schema(example = "199.00") String amount,
        @NotNull @Pattern(regexp = ApiFormats.CURRENCY) @Schema(example = "CNY") String currency,
        @NotNull Instant paidAt,
        @NotEmpty @Size(max = 200, message = "must list at most {max} items") List<@Valid @NotNull OrderItemDto> items,
        @Valid LogisticsDto logistics) {
}
