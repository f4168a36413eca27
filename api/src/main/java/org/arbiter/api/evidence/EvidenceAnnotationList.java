package org.arbiter.api.evidence;

import java.util.List;

/** The notes on one piece of evidence the caller may read, oldest first. */
public record EvidenceAnnotationList(long evidenceId, List<EvidenceAnnotationView> items) {
}
