package org.arbiter.cases;

import org.arbiter.shared.ArbiterException;

/** The same complaint is already open; points at the case that holds it. */
public class DuplicateComplaintException extends ArbiterException {

    private final String caseNumber;
    private final String openKey;

    private DuplicateComplaintException(String caseNumber, String openKey, String message) {
        super(message);
        this.caseNumber = caseNumber;
        this.openKey = openKey;
    }

    /** The complaint is open as that case. */
    public static DuplicateComplaintException openAs(String caseNumber) {
        return new DuplicateComplaintException(caseNumber, null,
                "this complaint is already open as case " + caseNumber + "; add to that case instead");
    }

    /** A correction would make a case the complaint that case {@code caseNumber} already holds. */
    public static DuplicateComplaintException correctionWouldDuplicate(String caseNumber) {
        return new DuplicateComplaintException(caseNumber, null, "the complainant already has case " + caseNumber
                + " open about this order with that type; correcting this case to it would make them the same complaint");
    }

    /**
     * A concurrent request opened the same complaint first ({@link DisputeCase#getOpenKey()}): its case is not
     * visible in the transaction that collided with it, only in the next.
     */
    public static DuplicateComplaintException collidedOn(String openKey, String message) {
        return new DuplicateComplaintException(null, openKey, message);
    }

    /** The open case, or {@code null} when a concurrent filing won the race and is not visible yet. */
    public String caseNumber() {
        return caseNumber;
    }

    /** The open-case key collided on, when the case number is not known yet; else {@code null}. */
    public String openKey() {
        return openKey;
    }
}
