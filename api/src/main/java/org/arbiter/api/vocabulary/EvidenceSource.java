package org.arbiter.api.vocabulary;

/** Who put a piece of evidence on the case: one of the parties, or staff. */
public enum EvidenceSource {
    COMPLAINANT,
    RESPONDENT,
    STAFF
}
