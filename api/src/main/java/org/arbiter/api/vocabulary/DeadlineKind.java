package org.arbiter.api.vocabulary;

/** The clocks that run on a case (DESIGN.md §3). */
public enum DeadlineKind {
    /** The platform owes the complainant a first answer. */
    FIRST_RESPONSE,
    /** The platform owes the parties a resolution. */
    RESOLUTION,
    /** The respondent's window to answer with a statement and evidence. */
    RESPONDENT_EVIDENCE,
    /** A party's window to answer a specialist's request for more information; the case's own clocks wait. */
    INFORMATION_REQUEST,
    /** The escalated team's window to act on a case that missed a deadline (L2 business team, L3 supervisor). */
    ESCALATION
}
