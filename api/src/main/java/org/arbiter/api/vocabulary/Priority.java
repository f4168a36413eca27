package org.arbiter.api.vocabulary;

/** How fast a case must be handled; the SLA table maps each to its clocks (DESIGN.md §3). */
public enum Priority {
    NORMAL,
    HIGH,
    URGENT;

    /** One level more urgent, or this one when already at the top. */
    public Priority raised() {
        return this == NORMAL ? HIGH : URGENT;
    }

    public boolean isMoreUrgentThan(Priority other) {
        return compareTo(other) > 0;
    }
}
