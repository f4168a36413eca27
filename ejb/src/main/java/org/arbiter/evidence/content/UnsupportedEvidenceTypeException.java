package org.arbiter.evidence.content;

import org.arbiter.shared.UnsupportedContentException;

/** The bytes are of a kind not accepted as evidence (415). */
public class UnsupportedEvidenceTypeException extends UnsupportedContentException {

    private final String detectedType;

    public UnsupportedEvidenceTypeException(String detectedType, String message) {
        super(message);
        this.detectedType = detectedType;
    }

    public String detectedType() {
        return detectedType;
    }
}
