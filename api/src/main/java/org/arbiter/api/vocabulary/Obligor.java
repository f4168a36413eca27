package org.arbiter.api.vocabulary;

/** Who owes the step a clock is counting down to. */
public enum Obligor {
    PLATFORM,
    COMPLAINANT,
    RESPONDENT
}
