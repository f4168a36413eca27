package org.arbiter.deadlines;

/**
 * An action a clock takes now.
 *
 * @param used for a reminder, the share of the window used up (0.5 for "half the time is gone")
 */
public record DueAction(CaseDeadline deadline, DeadlineAction action, double used) {
}
