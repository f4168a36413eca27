package org.arbiter.api.integration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.arbiter.api.ApiFormats;
import org.arbiter.api.MaxCharacters;
import org.arbiter.api.VisibleText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of an order. */
@Schema(name = "OrderItem")
public record OrderItemDto(
        @NotBlank @Pattern(regexp = ApiFormats.EXTERNAL_ID) String sku,
        @NotBlank @VisibleText @MaxCharacters(300) @Schema(maxLength = 300) String title,
        // Boxed, so that a missing quantity is "required", not a number of the wrong type.
        @NotNull @Min(1) @Max(100_000) Integer quantity,
        @NotNull @Pattern(regexp = ApiFormats.DECIMAL) String unitPrice) {
}
