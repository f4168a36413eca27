package org.arbiter.api.classification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.arbiter.api.ApiFormats;
import org.arbiter.api.VisibleText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text to classify without filing a complaint. */
@Schema(name = "ClassifyText")
public record ClassifyTextRequest(
        @NotBlank @VisibleText @Size(max = 5000) String text,
        @Pattern(regexp = ApiFormats.LANGUAGE) String language) {
}
