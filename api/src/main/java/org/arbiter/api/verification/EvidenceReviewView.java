package org.arbiter.api.verification;

import org.arbiter.api.vocabulary.EvidenceKind;
import org.arbiter.api.vocabulary.EvidenceMark;
import org.arbiter.api.vocabulary.EvidenceSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where one piece of evidence stands in the review: marked or still to be judged. */
@Schema(name = "EvidenceReview")
public record EvidenceReviewView(long evidenceId, EvidenceKind kind, EvidenceSource source, String caption,
                                 EvidenceMark mark, String markedBy, String markReason) {
}
