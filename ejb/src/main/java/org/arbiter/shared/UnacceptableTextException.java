package org.arbiter.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string that {@link Text} refuses; Jackson adds the field's path on its way out. */
public final class UnacceptableTextException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    UnacceptableTextException(JsonParser parser, String problem) {
        super(parser, problem, String.class);
    }
}
