package org.arbiter.api.cases;

import org.arbiter.api.MaxCharacters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The complainant withdraws the complaint. */
@Schema(name = "Withdrawal")
public record WithdrawalRequest(@MaxCharacters(1000) @Schema(maxLength = 1000) String reason) {
}
