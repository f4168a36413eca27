package org.arbiter.api.vocabulary;

/** Who decided a case's category. */
public enum ClassificationSource {
    /** The text classifier, confident enough to decide alone. */
    CLASSIFIER,
    /** A specialist set or corrected it. */
    SPECIALIST
}
