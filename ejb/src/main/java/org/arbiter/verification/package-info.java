/**
 * Evidence-chain verification (DESIGN.md §2.3): both sides' evidence and the claim are checked against the
 * facts of the order, its payment and its logistics ({@link org.arbiter.verification.EvidenceChecks}, pure
 * and tested without a server); a run's findings are kept as the case's report, which is complete once it
 * is newer than the last evidence and a specialist has marked every piece.
 */
package org.arbiter.verification;
