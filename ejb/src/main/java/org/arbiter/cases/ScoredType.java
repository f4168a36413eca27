package org.arbiter.cases;

import org.arbiter.api.vocabulary.ComplaintType;

/** A complaint type with the classifier's confidence in it, 0 to 1. */
public record ScoredType(ComplaintType type, double confidence) {

    public ScoredType {
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }
}
