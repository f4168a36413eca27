package org.arbiter.api.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.arbiter.api.VisibleText;

/** Why the submitter takes a piece of evidence back (before review starts). */
public record EvidenceWithdrawalRequest(@NotBlank @VisibleText @Size(max = 500) String reason) {
}
