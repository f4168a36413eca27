package org.arbiter.api.vocabulary;

/** Where a case stands on the complaint path (DESIGN.md §2). */
public enum CaseStatus {
    SUBMITTED,
    CLASSIFIED,
    AWAITING_RESPONSE,
    UNDER_REVIEW,
    RULING_PROPOSED,
    RULING_REVIEW,
    MEDIATION,
    APPEALED,
    SETTLED,
    RULED,
    EXECUTION,
    CLOSED,
    ARCHIVED,
    WITHDRAWN;

    /** Open cases still move; closed, archived and withdrawn ones are done. */
    public boolean isOpen() {
        return this != CLOSED && this != ARCHIVED && this != WITHDRAWN;
    }
}
