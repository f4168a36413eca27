package org.arbiter.api.evidence;

import jakarta.validation.constraints.NotBlank;

import org.arbiter.api.MaxCharacters;
import org.arbiter.api.VisibleText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A note on a piece of evidence: from a party, for the case; from staff, for staff only. */
public record EvidenceAnnotationRequest(
        @NotBlank @VisibleText @MaxCharacters(2000) @Schema(maxLength = 2000) String note) {
}
