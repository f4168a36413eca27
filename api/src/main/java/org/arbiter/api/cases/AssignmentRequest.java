package org.arbiter.api.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.arbiter.api.ApiFormats;
import org.arbiter.api.MaxCharacters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who should work a case from now on, and why. */
@Schema(name = "Assignment")
public record AssignmentRequest(
        @NotBlank @Pattern(regexp = ApiFormats.EXTERNAL_ID) String assignee,
        @MaxCharacters(500) @Schema(maxLength = 500) String reason) {
}
