package org.arbiter.shared;

/** A request whose content is of a kind the platform does not take (415), judged from the bytes. */
public class UnsupportedContentException extends ArbiterException {

    public UnsupportedContentException(String message) {
        super(message);
    }
}
