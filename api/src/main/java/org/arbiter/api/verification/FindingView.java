package org.arbiter.api.verification;

import org.arbiter.api.vocabulary.FindingSeverity;
import org.arbiter.api.vocabulary.VerificationCheck;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One finding: which check, how serious, the evidence it concerns (if any) and the fact it was checked against. */
@Schema(name = "Finding")
public record FindingView(VerificationCheck check, FindingSeverity severity, Long evidenceId, String fact,
                          String detail) {
}
