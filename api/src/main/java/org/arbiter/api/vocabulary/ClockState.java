package org.arbiter.api.vocabulary;

/** Whether a clock is counting down or waiting. */
public enum ClockState {
    RUNNING,
    /** Stopped while the case waits on the other side; it resumes with the time that was left. */
    PAUSED
}
