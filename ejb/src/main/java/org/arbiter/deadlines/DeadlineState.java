package org.arbiter.deadlines;

/** Where a clock stands. */
public enum DeadlineState {
    /** Counting down. */
    RUNNING,
    /** The step it waited for was done in time or late; it no longer runs. */
    MET,
    /** The case no longer needs the step. */
    CANCELLED,
    /** It ran out and its action was taken. */
    EXPIRED;

    public boolean isRunning() {
        return this == RUNNING;
    }
}
