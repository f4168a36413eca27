package org.arbiter.api.evidence;

import jakarta.validation.constraints.NotBlank;

import org.arbiter.api.MaxCharacters;
import org.arbiter.api.VisibleText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the submitter takes a piece of evidence back (before review starts). */
public record EvidenceWithdrawalRequest(
        @NotBlank @VisibleText @MaxCharacters(500) @Schema(maxLength = 500) String reason) {
}
