package org.arbiter.evidence;

import java.util.Objects;

import org.arbiter.api.vocabulary.EvidenceKind;

/** What the submitter says about a piece of evidence: what it is, a caption, and whether parties may see it. */
public record EvidenceDescription(EvidenceKind kind, String caption, boolean staffOnly) {

    public EvidenceDescription {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caption, "caption");
    }
}
