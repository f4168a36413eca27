package org.arbiter.api.cases;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The complainant withdraws the complaint. */
@Schema(name = "Withdrawal")
public record WithdrawalRequest(@Size(max = 1000) String reason) {
}
