package org.arbiter.api.vocabulary;

/** A specialist's judgement of one piece of evidence during verification. */
public enum EvidenceMark {
    VERIFIED,
    DISPUTED,
    REJECTED
}
