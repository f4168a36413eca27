package org.arbiter.api.vocabulary;

/** One of the two parties to a case, as the one a specialist's question is put to. */
public enum CaseParty {
    COMPLAINANT,
    RESPONDENT;

    /** The party as the one who owes the answer. */
    public Obligor asObligor() {
        return this == COMPLAINANT ? Obligor.COMPLAINANT : Obligor.RESPONDENT;
    }
}
