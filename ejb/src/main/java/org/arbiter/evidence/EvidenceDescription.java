package org.arbiter.evidence;

import java.util.Objects;

import org.arbiter.api.vocabulary.EvidenceKind;
import org.arbiter.evidence.content.EvidenceFamily;
import org.arbiter.evidence.content.SniffedMedia;
import org.arbiter.evidence.content.UnsupportedEvidenceTypeException;

/** What the submitter says about a piece of evidence: what it is, a caption, and whether parties may see it. */
public record EvidenceDescription(EvidenceKind kind, String caption, boolean staffOnly) {

    public EvidenceDescription {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caption, "caption");
    }

    /**
     * Refuses bytes that cannot be what the submitter says they are: a photo is an image and a video a video, or
     * the photo checks (capture time, location stripping) would run on text. Other kinds come in many forms (a
     * chat log as an export or a screenshot, a report as a PDF or a photo).
     *
     * @throws UnsupportedEvidenceTypeException (415) naming what the bytes are
     */
    public void requireFits(SniffedMedia media) {
        EvidenceFamily needed = switch (kind) {
            case PHOTO -> EvidenceFamily.IMAGE;
            case VIDEO -> EvidenceFamily.VIDEO;
            default -> null;
        };
        if (needed != null && media.family() != needed) {
            throw new UnsupportedEvidenceTypeException(media.mediaType(), "a " + kind + " is "
                    + (needed == EvidenceFamily.IMAGE ? "an image" : "a video") + "; these bytes are "
                    + media.mediaType() + ": upload them as another kind");
        }
    }
}
