package org.arbiter.api.vocabulary;

/** What happened to a piece of evidence (or to the case's evidence as a whole) in the chain of custody. */
public enum CustodyEventType {
    SUBMITTED,
    VIEWED,
    ANNOTATED,
    VERIFIED,
    DISPUTED,
    REJECTED,
    WITHDRAWN,
    EXPORTED;

    /** The custody event that records a specialist's mark. */
    public static CustodyEventType of(EvidenceMark mark) {
        return switch (mark) {
            case VERIFIED -> VERIFIED;
            case DISPUTED -> DISPUTED;
            case REJECTED -> REJECTED;
        };
    }
}
