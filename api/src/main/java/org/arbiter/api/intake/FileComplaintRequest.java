package org.arbiter.api.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.arbiter.api.ApiFormats;
import org.arbiter.api.vocabulary.Remedy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A complaint about an order, filed by its buyer or its seller. The complainant is the signed-in user and the
 * respondent is the other side of the order; neither is taken from the body.
 */
@Schema(name = "FileComplaint")
public record FileComplaintRequest(
        @NotBlank @Pattern(regexp = ApiFormats.EXTERNAL_ID) @Schema(example = "O-1001") String orderId,
        @NotNull @Schema(description = "What happened, 10 to 5000 characters. Identity-card and bank-card "
                + "numbers are masked before it is stored.", example = "The parcel shows as signed for at a locker "
                + "but I never received it.") String description,
        @NotNull @Pattern(regexp = ApiFormats.DECIMAL) @Schema(example = "199.00") String claimedAmount,
        @NotNull @Pattern(regexp = ApiFormats.CURRENCY) @Schema(example = "CNY") String currency,
        @NotNull Remedy desiredRemedy,
        @Pattern(regexp = ApiFormats.LANGUAGE) @Schema(description = "The complainant's language (zh, en); "
                + "detected from the text when absent (Accept-Language is not consulted)", example = "en") String language) {
}
