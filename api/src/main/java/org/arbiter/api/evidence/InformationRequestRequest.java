package org.arbiter.api.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.arbiter.api.MaxCharacters;
import org.arbiter.api.VisibleText;
import org.arbiter.api.vocabulary.CaseParty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A specialist asks a party for more information.
 *
 * @param from COMPLAINANT or RESPONDENT
 */
@Schema(name = "InformationRequest")
public record InformationRequestRequest(
        @NotNull CaseParty from,
        @NotBlank @VisibleText @MaxCharacters(2000) @Schema(maxLength = 2000) String question) {
}
