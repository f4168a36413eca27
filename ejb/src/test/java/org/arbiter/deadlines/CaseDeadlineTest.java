package org.arbiter.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.arbiter.api.vocabulary.DeadlineKind;
import org.arbiter.api.vocabulary.Obligor;
import org.arbiter.cases.DisputeCase;
import org.junit.jupiter.api.Test;

class CaseDeadlineTest {

    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant DUE = START.plus(Duration.ofHours(10));
    private static final List<Double> REMINDERS = List.of(0.5, 0.8);

    /** The aggregate is not needed to check a clock's arithmetic. */
    private static CaseDeadline clock() {
        return new CaseDeadline(new DisputeCaseStub(), DeadlineKind.RESPONDENT_EVIDENCE, Obligor.RESPONDENT, DUE,
                START, REMINDERS);
    }

    private static final class DisputeCaseStub extends DisputeCase {
    }

    @Test
    void remindsAtHalfAndFourFifthsThenExpires() {
        CaseDeadline clock = clock();
        assertThat(clock.getNextAction()).isEqualTo(DeadlineAction.REMIND);
        assertThat(clock.getNextActionAt()).isEqualTo(START.plus(Duration.ofHours(5)));

        assertThat(clock.takeDueAction(START.plus(Duration.ofHours(4)), REMINDERS)).isEmpty();
        DueAction half = clock.takeDueAction(START.plus(Duration.ofHours(5)), REMINDERS).orElseThrow();
        assertThat(half.action()).isEqualTo(DeadlineAction.REMIND);
        assertThat(half.used()).isEqualTo(0.5);
        assertThat(clock.getNextActionAt()).isEqualTo(START.plus(Duration.ofHours(8)));

        DueAction late = clock.takeDueAction(START.plus(Duration.ofHours(8)), REMINDERS).orElseThrow();
        assertThat(late.used()).isEqualTo(0.8);
        assertThat(clock.getNextAction()).isEqualTo(DeadlineAction.EXPIRE);
        assertThat(clock.getNextActionAt()).isEqualTo(DUE);

        DueAction expiry = clock.takeDueAction(DUE, REMINDERS).orElseThrow();
        assertThat(expiry.action()).isEqualTo(DeadlineAction.EXPIRE);
        assertThat(clock.getState()).isEqualTo(DeadlineState.EXPIRED);
        assertThat(clock.getEndedAt()).isEqualTo(DUE);
        assertThat(clock.getNextActionAt()).isNull();
        assertThat(clock.takeDueAction(DUE.plusSeconds(60), REMINDERS)).as("fires once").isEmpty();
    }

    @Test
    void afterADowntimeOnlyTheLatestDueActionIsTaken() {
        CaseDeadline clock = clock();

        DueAction action = clock.takeDueAction(START.plus(Duration.ofHours(9)), REMINDERS).orElseThrow();

        assertThat(action.action()).isEqualTo(DeadlineAction.REMIND);
        assertThat(action.used()).as("one reminder, not 50% then 80%, telling what is gone: 90%").isEqualTo(0.9);
        assertThat(clock.getRemindersSent()).isEqualTo(2);

        CaseDeadline overdue = clock();
        assertThat(overdue.takeDueAction(DUE.plusSeconds(3600), REMINDERS).orElseThrow().action())
                .isEqualTo(DeadlineAction.EXPIRE);
    }

    @Test
    void pausingKeepsTheTimeThatWasLeft() {
        CaseDeadline clock = clock();
        clock.takeDueAction(START.plus(Duration.ofHours(5)), REMINDERS);
        Instant pausedAt = START.plus(Duration.ofHours(6));

        clock.pause(pausedAt);

        assertThat(clock.getState()).isEqualTo(DeadlineState.PAUSED);
        assertThat(clock.getRemaining()).isEqualTo(Duration.ofHours(4));
        assertThat(clock.getNextActionAt()).as("a paused clock is not swept").isNull();
        assertThat(clock.takeDueAction(DUE.plusSeconds(3600), REMINDERS)).isEmpty();

        Instant resumedAt = pausedAt.plus(Duration.ofHours(30));
        clock.resume(resumedAt, REMINDERS);

        assertThat(clock.getDueAt()).isEqualTo(resumedAt.plus(Duration.ofHours(4)));
        assertThat(clock.getNextAction()).isEqualTo(DeadlineAction.REMIND);
        // 80% of the 10-hour window, which now starts 30 hours later.
        assertThat(clock.getNextActionAt()).isEqualTo(START.plus(Duration.ofHours(30 + 8)));
    }

    @Test
    void movingTheDueTimeMovesTheRemindersToo() {
        CaseDeadline clock = clock();

        clock.moveTo(START.plus(Duration.ofHours(2)), REMINDERS);

        assertThat(clock.getNextActionAt()).isEqualTo(START.plus(Duration.ofHours(1)));
    }

    @Test
    void aShortenedReminderListLetsTheClockExpireInsteadOfFailingForEver() {
        CaseDeadline clock = clock();
        clock.takeDueAction(START.plus(Duration.ofHours(5)), REMINDERS).orElseThrow();
        assertThat(clock.getNextActionAt()).as("the 80% reminder, under the old list").isEqualTo(START.plus(Duration.ofHours(8)));
        List<Double> onlyHalf = List.of(0.5);

        assertThat(clock.takeDueAction(START.plus(Duration.ofHours(8)), onlyHalf)).as("no 80% reminder any more").isEmpty();
        assertThat(clock.getNextAction()).isEqualTo(DeadlineAction.EXPIRE);
        assertThat(clock.getNextActionAt()).isEqualTo(DUE);
        assertThat(clock.takeDueAction(DUE, onlyHalf).orElseThrow().action()).isEqualTo(DeadlineAction.EXPIRE);
        assertThat(clock.getState()).isEqualTo(DeadlineState.EXPIRED);
    }

    @Test
    void aReminderTellsTheShareOfTheWindowGoneByWhenTheListChangedSinceItWasScheduled() {
        CaseDeadline clock = clock();
        clock.takeDueAction(START.plus(Duration.ofHours(5)), REMINDERS).orElseThrow();

        DueAction reminder = clock.takeDueAction(START.plus(Duration.ofHours(8)), List.of(0.5, 0.9)).orElseThrow();

        assertThat(reminder.used()).as("sent at 80% of the window").isEqualTo(0.8);
        assertThat(clock.getNextAction()).isEqualTo(DeadlineAction.EXPIRE);
    }

    @Test
    void anEndedClockStaysEnded() {
        CaseDeadline clock = clock();
        clock.end(DeadlineState.CANCELLED, START);

        assertThat(clock.isActive()).isFalse();
        assertThatThrownBy(() -> clock.pause(START)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> clock.end(DeadlineState.MET, START)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> clock().end(DeadlineState.RUNNING, START)).isInstanceOf(IllegalArgumentException.class);
    }
}
