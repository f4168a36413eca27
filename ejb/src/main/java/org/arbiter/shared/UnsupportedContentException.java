package org.arbiter.shared;

/**
 * A request whose content is of a kind the platform does not take (415), judged from the bytes, or from the header
 * that says what they are.
 */
public class UnsupportedContentException extends ArbiterException {

    private final String field;

    /** About the request's content itself. */
    public UnsupportedContentException(String message) {
        this("content", message);
    }

    /** @param field what says the content is of that kind: {@code content}, or a header such as Content-Type */
    public UnsupportedContentException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
