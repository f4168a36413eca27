package org.arbiter.api.verification;

import java.util.List;

import org.arbiter.api.vocabulary.FindingSeverity;
import org.arbiter.api.vocabulary.VerificationCheck;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One finding: which check, how serious, the evidence it names and the fact it was checked against.
 *
 * @param evidenceId  the one piece of evidence the finding is about (a photo dated before payment, a file used in
 *                    another case); absent when the finding is about the claim
 * @param evidenceIds every piece of evidence the finding names: that one, or for a finding about the claim the
 *                    evidence that bears on it (the complainant's, logistics traces, order snapshots); may be empty
 */
@Schema(name = "Finding")
public record FindingView(VerificationCheck check, FindingSeverity severity, Long evidenceId, String fact,
                          String detail, List<Long> evidenceIds) {
}
