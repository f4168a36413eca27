package org.arbiter.api.vocabulary;

/** The clocks that run on a case (DESIGN.md §3). */
public enum DeadlineKind {
    /** The platform owes the complainant a first answer. */
    FIRST_RESPONSE,
    /** The platform owes the parties a resolution. */
    RESOLUTION,
    /** The respondent's window to answer with a statement and evidence. */
    RESPONDENT_EVIDENCE
}
