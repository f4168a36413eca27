package org.arbiter.deadlines;

/** What a clock does next when its time comes. */
public enum DeadlineAction {
    /** Tell whoever owes the step that part of the window is used up. */
    REMIND,
    /** The window is over: the clock expires and the case takes its default course. */
    EXPIRE
}
