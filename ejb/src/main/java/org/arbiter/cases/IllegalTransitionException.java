package org.arbiter.cases;

import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.shared.ArbiterException;

/** The case cannot do that in its current status: answered 409 with the reason. */
public class IllegalTransitionException extends ArbiterException {

    private final CaseStatus current;

    public IllegalTransitionException(CaseStatus current, String reason) {
        super(reason);
        this.current = current;
    }

    public CaseStatus current() {
        return current;
    }
}
