package org.arbiter.api.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.arbiter.api.VisibleText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A party's answer to the specialist's question. */
@Schema(name = "Answer")
public record AnswerRequest(@NotBlank @VisibleText @Size(max = 5000) String text) {
}
