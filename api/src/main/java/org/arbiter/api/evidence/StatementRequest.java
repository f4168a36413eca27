package org.arbiter.api.evidence;

import jakarta.validation.constraints.NotBlank;

import org.arbiter.api.MaxCharacters;
import org.arbiter.api.VisibleText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The respondent's answer to the complaint. Identity- and bank-card numbers are masked before storing. */
@Schema(name = "Statement")
public record StatementRequest(@NotBlank @VisibleText @MaxCharacters(5000) @Schema(maxLength = 5000) String text) {
}
