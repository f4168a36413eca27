package org.arbiter.api.evidence;

import java.util.List;

import org.arbiter.api.vocabulary.EvidenceSource;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The evidence of a case the caller may see, oldest first, and how much of the caller's side's quota is used.
 *
 * @param side          the side the caller's uploads count for
 * @param sideBytesUsed bytes of that side's evidence on the case, withdrawn evidence included
 * @param sideBytesLimit what that side may put on the case in all
 */
@Schema(name = "EvidenceList")
public record EvidenceList(String caseNumber, List<EvidenceView> items, EvidenceSource side, long sideBytesUsed,
                           long sideBytesLimit) {
}
