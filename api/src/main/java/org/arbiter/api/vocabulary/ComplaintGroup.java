package org.arbiter.api.vocabulary;

/** The groups of complaint types (DESIGN.md §4). */
public enum ComplaintGroup {
    TRANSACTION,
    LOGISTICS,
    PAYMENT,
    ACCOUNT_SECURITY,
    SERVICE
}
