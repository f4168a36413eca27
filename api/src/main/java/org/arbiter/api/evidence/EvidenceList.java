package org.arbiter.api.evidence;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The evidence of a case the caller may see, oldest first, and how much of the case's quota is used. */
@Schema(name = "EvidenceList")
public record EvidenceList(String caseNumber, List<EvidenceView> items, long caseBytesUsed, long caseBytesLimit) {
}
