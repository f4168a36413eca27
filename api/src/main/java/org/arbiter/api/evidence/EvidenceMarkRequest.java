package org.arbiter.api.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.arbiter.api.VisibleText;
import org.arbiter.api.vocabulary.EvidenceMark;

/** A specialist's mark on one piece of evidence, with the reason the parties and the ruling will read. */
public record EvidenceMarkRequest(@NotNull EvidenceMark mark, @NotBlank @VisibleText @Size(max = 1000) String reason) {
}
