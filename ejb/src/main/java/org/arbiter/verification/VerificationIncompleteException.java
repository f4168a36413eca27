package org.arbiter.verification;

import java.util.List;

import org.arbiter.shared.ConflictException;

/** The case cannot go on to a ruling: its verification report is not complete. Names everything missing. */
public class VerificationIncompleteException extends ConflictException {

    private final transient List<String> gaps;

    public VerificationIncompleteException(List<String> gaps) {
        super("the verification report is not complete: " + String.join("; ", gaps));
        this.gaps = List.copyOf(gaps);
    }

    /** What is missing, one line each. */
    public List<String> gaps() {
        return gaps;
    }
}
