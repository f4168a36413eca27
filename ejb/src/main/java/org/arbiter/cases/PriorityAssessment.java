package org.arbiter.cases;

import java.util.List;
import java.util.Objects;

import org.arbiter.api.vocabulary.Priority;

/** A priority with the rules that produced it, in words a reviewer can check. */
public record PriorityAssessment(Priority priority, List<String> reasons) {

    public PriorityAssessment {
        Objects.requireNonNull(priority);
        reasons = List.copyOf(reasons);
    }
}
