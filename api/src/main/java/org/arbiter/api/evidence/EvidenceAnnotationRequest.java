package org.arbiter.api.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note on a piece of evidence: from a party, for the case; from staff, for staff only. */
public record EvidenceAnnotationRequest(@NotBlank @Size(max = 2000) String note) {
}
