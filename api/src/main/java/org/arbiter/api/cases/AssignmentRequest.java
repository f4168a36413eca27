package org.arbiter.api.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.arbiter.api.ApiFormats;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who should work a case from now on, and why. */
@Schema(name = "Assignment")
public record AssignmentRequest(
        @NotBlank @Pattern(regexp = ApiFormats.EXTERNAL_ID) String assignee,
        @Size(max = 500) String reason) {
}
