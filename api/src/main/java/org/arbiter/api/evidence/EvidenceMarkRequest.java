package org.arbiter.api.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.arbiter.api.MaxCharacters;
import org.arbiter.api.VisibleText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.arbiter.api.vocabulary.EvidenceMark;

/** A specialist's mark on one piece of evidence, with the reason the parties and the ruling will read. */
public record EvidenceMarkRequest(
        @NotNull EvidenceMark mark,
        @NotBlank @VisibleText @MaxCharacters(1000) @Schema(maxLength = 1000) String reason) {
}
