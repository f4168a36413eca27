package org.arbiter.integration.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.arbiter.shared.Fields;
import org.arbiter.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

class ReportedTimesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final ReportedTimes times = new ReportedTimes(Instant.parse("2000-01-01T00:00:00Z"), Duration.ofMinutes(5));

    @Test
    void acceptsTimesFromTheEarliestUpToTheSkewAheadAndNoTime() {
        Fields fields = new Fields();
        times.check(fields, "a", Instant.parse("2000-01-01T00:00:00Z"), NOW);
        times.check(fields, "b", NOW.plus(Duration.ofMinutes(5)), NOW);
        times.check(fields, "c", null, NOW);

        assertThat(fields.hasViolations()).isFalse();
    }

    @Test
    void refusesTheFarPastAndTheFutureNamingTheField() {
        Fields fields = new Fields();
        times.check(fields, "paidAt", Instant.parse("1970-01-01T00:00:00Z"), NOW);
        times.check(fields, "occurredAt", NOW.plus(Duration.ofMinutes(5)).plusMillis(1), NOW);
        times.check(fields, "logistics.signedAt", Instant.MAX, NOW);

        assertThatThrownBy(fields::throwIfAny).isInstanceOfSatisfying(InvalidRequestException.class, e ->
                assertThat(e.violations()).extracting(v -> v.field() + " " + v.message()).containsExactly(
                        "paidAt cannot be before 2000-01-01T00:00:00Z",
                        "occurredAt cannot be in the future (the server's time is 2026-12-01T12:00:00Z)",
                        "logistics.signedAt cannot be in the future (the server's time is 2026-12-01T12:00:00Z)"));
    }

    @Test
    void aNegativeSkewIsAConfigurationError() {
        assertThatThrownBy(() -> new ReportedTimes(Instant.EPOCH, Duration.ofSeconds(-1)))
                .hasMessageContaining("arbiter.integration.max-clock-skew");
    }
}
