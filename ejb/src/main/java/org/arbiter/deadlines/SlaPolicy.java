package org.arbiter.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.arbiter.api.vocabulary.Priority;

/**
 * The service-level table (DESIGN.md §3) and the other windows, as configured. Pure arithmetic: given when
 * a clock starts, when it is due.
 */
public record SlaPolicy(Map<Priority, ServiceLevel> levels, Duration respondentEvidenceWindow) {

    public SlaPolicy {
        EnumMap<Priority, ServiceLevel> complete = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            complete.put(priority, Objects.requireNonNull(levels.get(priority), () -> "no service level for " + priority));
        }
        levels = Map.copyOf(complete);
        Objects.requireNonNull(respondentEvidenceWindow);
        if (respondentEvidenceWindow.isNegative() || respondentEvidenceWindow.isZero()) {
            throw new IllegalArgumentException("the respondent's evidence window must be positive");
        }
    }

    public ServiceLevel levelFor(Priority priority) {
        return levels.get(priority);
    }

    public Instant firstResponseDue(Priority priority, Instant submittedAt) {
        return submittedAt.plus(levelFor(priority).firstResponse());
    }

    public Instant resolutionDue(Priority priority, Instant submittedAt) {
        return submittedAt.plus(levelFor(priority).resolution());
    }

    public Instant respondentEvidenceDue(Instant windowOpensAt) {
        return windowOpensAt.plus(respondentEvidenceWindow);
    }
}
