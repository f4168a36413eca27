package org.arbiter.evidence;

import org.arbiter.shared.ConflictException;

/** What was asked of a piece of evidence does not fit what already happened to it (409). */
public class EvidenceStateException extends ConflictException {

    public EvidenceStateException(String message) {
        super(message);
    }
}
