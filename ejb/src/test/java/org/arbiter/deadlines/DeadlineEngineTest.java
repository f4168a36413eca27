package org.arbiter.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DeadlineEngineTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Duration PAUSE = Duration.ofMillis(250);

    @Test
    void aClockDueLaterIsSweptWhenItIsDue() {
        Instant soon = NOW.plusMillis(100);
        assertThat(DeadlineEngine.notBeforeAPause(soon, NOW, PAUSE)).isEqualTo(soon);
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        assertThat(DeadlineEngine.notBeforeAPause(tomorrow, NOW, PAUSE)).isEqualTo(tomorrow);
    }

    @Test
    void aClockTheSweepSkippedBecauseItsCaseWasLockedWaitsAPauseInsteadOfSpinning() {
        Instant overdue = NOW.minusSeconds(30);
        assertThat(DeadlineEngine.notBeforeAPause(overdue, NOW, PAUSE)).isEqualTo(NOW.plus(PAUSE));
        assertThat(DeadlineEngine.notBeforeAPause(NOW, NOW, PAUSE)).isEqualTo(NOW.plus(PAUSE));
    }
}
