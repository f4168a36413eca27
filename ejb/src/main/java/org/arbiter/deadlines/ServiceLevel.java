package org.arbiter.deadlines;

import java.time.Duration;
import java.util.Objects;

/** The two clocks a priority sets: the first answer, and the resolution. */
public record ServiceLevel(Duration firstResponse, Duration resolution) {

    public ServiceLevel {
        Objects.requireNonNull(firstResponse);
        Objects.requireNonNull(resolution);
        if (firstResponse.isNegative() || firstResponse.isZero() || resolution.isNegative() || resolution.isZero()) {
            throw new IllegalArgumentException("service-level durations must be positive");
        }
        if (resolution.compareTo(firstResponse) < 0) {
            throw new IllegalArgumentException("resolution cannot come before the first response");
        }
    }
}
