package org.arbiter.api.vocabulary;

/** What the complainant asks for. */
public enum Remedy {
    REFUND_ONLY,
    RETURN_AND_REFUND,
    REPLACEMENT,
    COMPENSATION
}
