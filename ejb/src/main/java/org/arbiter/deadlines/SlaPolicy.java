package org.arbiter.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.arbiter.api.vocabulary.Priority;

/**
 * Every clock's length, as configured (DESIGN.md §3): the service levels by priority, the parties' windows,
 * the escalated teams' windows, and when reminders go out. Pure arithmetic: given when a clock starts, when
 * it is due.
 *
 * @param levels                    first response and resolution by priority
 * @param respondentEvidenceWindow  the respondent's window to answer the complaint
 * @param informationRequestWindow  a party's window to answer a specialist's question
 * @param escalationWindows         the window of each escalation level above L1: index 0 is L2, index 1 L3
 * @param reminders                 when reminders go out, as shares of the window used (0.5, 0.8)
 */
public record SlaPolicy(Map<Priority, ServiceLevel> levels, Duration respondentEvidenceWindow,
                        Duration informationRequestWindow, List<Duration> escalationWindows, List<Double> reminders) {

    /** The highest escalation level: L3, the supervisor. */
    public static final int TOP_LEVEL = 3;

    public SlaPolicy {
        EnumMap<Priority, ServiceLevel> complete = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            complete.put(priority, Objects.requireNonNull(levels.get(priority), () -> "no service level for " + priority));
        }
        levels = Map.copyOf(complete);
        requirePositive(respondentEvidenceWindow, "the respondent's evidence window");
        requirePositive(informationRequestWindow, "the information request window");
        if (escalationWindows.size() != TOP_LEVEL - 1) {
            throw new IllegalArgumentException("one escalation window for each of L2 and L3");
        }
        escalationWindows.forEach(window -> requirePositive(window, "an escalation window"));
        escalationWindows = List.copyOf(escalationWindows);
        double previous = 0;
        for (double share : reminders) {
            if (share <= previous || share >= 1) {
                throw new IllegalArgumentException("reminders are increasing shares of the window below 1: " + reminders);
            }
            previous = share;
        }
        reminders = List.copyOf(reminders);
    }

    private static void requirePositive(Duration window, String what) {
        Objects.requireNonNull(window, what);
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
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

    public Instant informationRequestDue(Instant askedAt) {
        return askedAt.plus(informationRequestWindow);
    }

    /** When the team at {@code level} (2 or 3) must have acted on an escalated case. */
    public Instant escalationDue(int level, Instant escalatedAt) {
        if (level < 2 || level > TOP_LEVEL) {
            throw new IllegalArgumentException("escalation levels are 2 and 3, not " + level);
        }
        return escalatedAt.plus(escalationWindows.get(level - 2));
    }
}
