package org.arbiter.deadlines;

/** Where a clock stands. */
public enum DeadlineState {
    /** Counting down. */
    RUNNING,
    /** Waiting while the case waits on the other side; resumes with the time that was left. */
    PAUSED,
    /** The step it waited for was done; it no longer runs. */
    MET,
    /** The case no longer needs the step. */
    CANCELLED,
    /** It ran out and its action was taken. */
    EXPIRED;

    /** Running or paused: shown to the parties, and not over yet. */
    public boolean isActive() {
        return this == RUNNING || this == PAUSED;
    }
}
