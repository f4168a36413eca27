package org.arbiter.deadlines;

/**
 * What one batch of the engine did.
 *
 * @param dueRows clocks found due (at most the batch size)
 * @param cases   cases this node locked and processed
 * @param actions reminders and expiries taken
 */
public record SweepResult(int dueRows, int cases, int actions) {
}
