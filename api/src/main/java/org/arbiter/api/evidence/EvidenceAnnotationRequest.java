package org.arbiter.api.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.arbiter.api.VisibleText;

/** A note on a piece of evidence: from a party, for the case; from staff, for staff only. */
public record EvidenceAnnotationRequest(@NotBlank @VisibleText @Size(max = 2000) String note) {
}
