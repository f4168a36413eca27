package org.arbiter.evidence;

import org.arbiter.shared.PayloadTooLargeException;

/** An upload over the per-file limit or over what is left of the case's quota (413). */
public class ContentTooLargeException extends PayloadTooLargeException {

    public ContentTooLargeException(String message) {
        super(message);
    }
}
