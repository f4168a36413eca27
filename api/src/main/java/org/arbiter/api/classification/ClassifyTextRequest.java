package org.arbiter.api.classification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.arbiter.api.ApiFormats;
import org.arbiter.api.MaxCharacters;
import org.arbiter.api.VisibleText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text to classify without filing a complaint. */
@Schema(name = "ClassifyText")
public record ClassifyTextRequest(
        @NotBlank @VisibleText @MaxCharacters(5000) @Schema(maxLength = 5000) String text,
        @Pattern(regexp = ApiFormats.LANGUAGE) String language) {
}
