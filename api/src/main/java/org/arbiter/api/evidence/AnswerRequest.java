package org.arbiter.api.evidence;

import jakarta.validation.constraints.NotBlank;

import org.arbiter.api.MaxCharacters;
import org.arbiter.api.VisibleText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A party's answer to the specialist's question. */
@Schema(name = "Answer")
public record AnswerRequest(@NotBlank @VisibleText @MaxCharacters(5000) @Schema(maxLength = 5000) String text) {
}
