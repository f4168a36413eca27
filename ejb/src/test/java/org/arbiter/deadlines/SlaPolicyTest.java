package org.arbiter.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.arbiter.Defaults;
import org.arbiter.api.vocabulary.Priority;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

    private static final Instant SUBMITTED = Instant.parse("2026-11-22T10:00:00Z");

    private final SlaPolicy sla = Defaults.sla();

    @Test
    void computesTheTableOfTheDesign() {
        assertThat(sla.firstResponseDue(Priority.URGENT, SUBMITTED)).isEqualTo("2026-11-22T11:00:00Z");
        assertThat(sla.resolutionDue(Priority.URGENT, SUBMITTED)).isEqualTo("2026-11-22T12:00:00Z");
        assertThat(sla.firstResponseDue(Priority.HIGH, SUBMITTED)).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(sla.resolutionDue(Priority.HIGH, SUBMITTED)).isEqualTo("2026-11-24T10:00:00Z");
        assertThat(sla.firstResponseDue(Priority.NORMAL, SUBMITTED)).isEqualTo("2026-11-24T10:00:00Z");
        assertThat(sla.resolutionDue(Priority.NORMAL, SUBMITTED)).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(sla.respondentEvidenceDue(SUBMITTED)).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(sla.informationRequestDue(SUBMITTED)).isEqualTo("2026-11-24T10:00:00Z");
        assertThat(sla.escalationDue(2, SUBMITTED)).isEqualTo("2026-11-24T10:00:00Z");
        assertThat(sla.escalationDue(3, SUBMITTED)).isEqualTo("2026-11-25T10:00:00Z");
    }

    @Test
    void shortenedClocksForTestsAndDemosWorkTheSameWay() {
        SlaPolicy fast = new SlaPolicy(Map.of(
                Priority.URGENT, new ServiceLevel(Duration.ofSeconds(1), Duration.ofSeconds(2)),
                Priority.HIGH, new ServiceLevel(Duration.ofSeconds(2), Duration.ofSeconds(4)),
                Priority.NORMAL, new ServiceLevel(Duration.ofSeconds(4), Duration.ofSeconds(6))), Duration.ofSeconds(3),
                Duration.ofSeconds(3), List.of(Duration.ofSeconds(4), Duration.ofSeconds(6)), List.of(0.5, 0.8));

        assertThat(fast.resolutionDue(Priority.HIGH, SUBMITTED)).isEqualTo("2026-11-22T10:00:04Z");
        assertThat(fast.respondentEvidenceDue(SUBMITTED)).isEqualTo("2026-11-22T10:00:03Z");
    }

    @Test
    void refusesTablesThatMakeNoSense() {
        assertThatThrownBy(() -> new ServiceLevel(Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceLevel(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlaPolicy(Map.of(Priority.URGENT, new ServiceLevel(Duration.ofHours(1), Duration.ofHours(2))),
                Duration.ofHours(72), Duration.ofHours(48), List.of(Duration.ofHours(48), Duration.ofHours(72)),
                List.of(0.5))).isInstanceOf(NullPointerException.class).hasMessageContaining("no service level for");
        SlaPolicy sla = Defaults.sla();
        assertThatThrownBy(() -> new SlaPolicy(sla.levels(), Duration.ofHours(1), Duration.ofHours(1), sla.escalationWindows(),
                List.of(0.8, 0.5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlaPolicy(sla.levels(), Duration.ofHours(1), Duration.ofHours(1), List.of(Duration.ofHours(1)),
                List.of(0.5))).isInstanceOf(IllegalArgumentException.class);
    }
}
