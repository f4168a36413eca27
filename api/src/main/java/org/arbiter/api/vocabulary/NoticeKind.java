package org.arbiter.api.vocabulary;

/** Why someone is notified. */
public enum NoticeKind {
    COMPLAINT_FILED,
    /** A complaint filed unclassified is classified: the respondent's window to answer opens now. */
    RESPONDENT_WINDOW_OPENED,
    REMINDER,
    DEADLINE_MISSED,
    ESCALATED,
    RESPONDENT_WINDOW_CLOSED,
    STATEMENT_RECEIVED,
    INFORMATION_REQUESTED,
    INFORMATION_RECEIVED,
    INFORMATION_REQUEST_EXPIRED,
    CASE_WITHDRAWN,
    EVIDENCE_CHANGED
}
