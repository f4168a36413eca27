package org.arbiter.deadlines;

/**
 * One of the engine's parallel sweeps: lane {@code index} of {@code count} takes the cases whose id modulo
 * {@code count} is {@code index}, so that lanes never compete for the same case.
 */
public record Lane(int index, int count) {

    public static final Lane ALL = new Lane(0, 1);

    public Lane {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("lane " + index + " of " + count);
        }
    }
}
