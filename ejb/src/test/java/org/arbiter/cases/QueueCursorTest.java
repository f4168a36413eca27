package org.arbiter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class QueueCursorTest {

    @Test
    void readsBackWhatItWrote() {
        QueueCursor cursor = new QueueCursor(Instant.parse("2026-11-23T10:00:00.123456Z"), 4242);

        assertThat(QueueCursor.decode(cursor.encode())).contains(cursor);
        assertThat(QueueCursor.decode(new QueueCursor(DisputeCase.NO_DEADLINE, 1).encode()))
                .contains(new QueueCursor(DisputeCase.NO_DEADLINE, 1));
    }

    @Test
    void refusesWhatItDidNotWrite() {
        assertThat(QueueCursor.decode("not a cursor")).isEmpty();
        assertThat(QueueCursor.decode("")).isEmpty();
        assertThat(QueueCursor.decode("AAAA")).isEmpty();
        assertThat(QueueCursor.decode("A".repeat(1000))).isEmpty();
        String valid = new QueueCursor(Instant.EPOCH, 1).encode();
        assertThat(QueueCursor.decode("B" + valid.substring(1))).isEmpty();
    }
}
