package org.arbiter.api.classification;

import jakarta.validation.constraints.NotBlank;

import org.arbiter.api.MaxCharacters;
import org.arbiter.api.VisibleText;
import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.Priority;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A specialist's correction of a case's category or priority, or both. At least one of them is given.
 */
@Schema(name = "ClassificationCorrection")
public record ClassificationCorrectionRequest(
        ComplaintType type,
        Priority priority,
        @NotBlank @VisibleText @MaxCharacters(1000) @Schema(maxLength = 1000) String reason) {
}
