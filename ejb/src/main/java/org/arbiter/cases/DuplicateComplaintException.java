package org.arbiter.cases;

import org.arbiter.shared.ArbiterException;

/** The same complaint is already open; points at the case that holds it. */
public class DuplicateComplaintException extends ArbiterException {

    private final String caseNumber;

    public DuplicateComplaintException(String caseNumber, String message) {
        super(message);
        this.caseNumber = caseNumber;
    }

    /** The open case, or {@code null} when a concurrent filing won the race and is not visible yet. */
    public String caseNumber() {
        return caseNumber;
    }
}
