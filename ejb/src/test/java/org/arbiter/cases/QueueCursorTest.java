package org.arbiter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.api.vocabulary.Priority;
import org.junit.jupiter.api.Test;

class QueueCursorTest {

    @Test
    void readsBackWhatItWrote() {
        QueueCursor cursor = new QueueCursor(Instant.parse("2026-11-23T10:00:00.123456Z"), 4242, -77);

        assertThat(QueueCursor.decode(cursor.encode())).contains(cursor);
        assertThat(QueueCursor.decode(new QueueCursor(DisputeCase.NO_DEADLINE, 1, 0).encode()))
                .contains(new QueueCursor(DisputeCase.NO_DEADLINE, 1, 0));
    }

    @Test
    void belongsToTheQueryItCameFromHoweverItsValuesWereOrdered() {
        QueueFilter urgentOrHigh = new QueueFilter(java.util.Set.of(), new java.util.LinkedHashSet<>(
                java.util.List.of(Priority.URGENT, Priority.HIGH)), java.util.Set.of(), java.util.Set.of(), null, false);
        QueueFilter highOrUrgent = new QueueFilter(java.util.Set.of(), new java.util.LinkedHashSet<>(
                java.util.List.of(Priority.HIGH, Priority.URGENT)), java.util.Set.of(), java.util.Set.of(), null, false);
        QueueFilter urgent = new QueueFilter(java.util.Set.of(), java.util.Set.of(Priority.URGENT), java.util.Set.of(),
                java.util.Set.of(), null, false);
        QueueFilter mine = new QueueFilter(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
                "specialist1", false);
        QueueRow row = new QueueRow(5, null, null, null, null, null, null, null, null, 1,
                Instant.parse("2026-11-23T10:00:00Z"), null, null, null);

        QueueCursor cursor = QueueCursor.decode(row.cursor(urgentOrHigh).encode()).orElseThrow();

        assertThat(cursor.belongsTo(highOrUrgent)).isTrue();
        assertThat(cursor.belongsTo(urgent)).isFalse();
        assertThat(cursor.belongsTo(QueueFilter.none())).isFalse();
        assertThat(QueueCursor.decode(row.cursor(mine).encode()).orElseThrow().belongsTo(QueueFilter.none())).isFalse();
    }

    /** bench/…/QueueLatency builds deep cursors with this formula; it must stay the fingerprint's. */
    @Test
    void theFingerprintIsTheHashOfTheSortedFilter() {
        QueueFilter awaiting = new QueueFilter(java.util.Set.of(CaseStatus.AWAITING_RESPONSE), java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of(), null, false);

        assertThat(QueueFilter.none().fingerprint()).isEqualTo(String.join("|", "", "", "", "", "null", "false").hashCode());
        assertThat(awaiting.fingerprint())
                .isEqualTo(String.join("|", "AWAITING_RESPONSE", "", "", "", "null", "false").hashCode());
    }

    @Test
    void refusesWhatItDidNotWrite() {
        assertThat(QueueCursor.decode("not a cursor")).isEmpty();
        assertThat(QueueCursor.decode("")).isEmpty();
        assertThat(QueueCursor.decode("AAAA")).isEmpty();
        assertThat(QueueCursor.decode("A".repeat(1000))).isEmpty();
        String valid = new QueueCursor(Instant.EPOCH, 1, 0).encode();
        assertThat(QueueCursor.decode("B" + valid.substring(1))).isEmpty();
    }
}
