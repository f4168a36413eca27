package org.arbiter.api.verification;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The evidence-chain verification report of a case: the latest run's findings and every piece of evidence
 * with its mark. Complete when the run is newer than the last evidence and every piece is marked; only a
 * complete report lets the case go on to a ruling.
 */
@Schema(name = "VerificationReport")
public record VerificationReportView(String caseNumber, Instant runAt, String runBy, List<FindingView> findings,
                                     List<EvidenceReviewView> evidence, boolean complete, List<String> incomplete) {
}
