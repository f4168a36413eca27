package org.arbiter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.arbiter.api.vocabulary.DeadlineKind;
import org.arbiter.deadlines.DeadlineAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which action fires for which clock; the behaviour of each is in CaseClocksTest. */
class ClockActionsTest {

    @ParameterizedTest
    @EnumSource(DeadlineKind.class)
    void everyClockRemindsWhoOwesTheStep(DeadlineKind kind) {
        assertThat(ClockActions.forDue(kind, DeadlineAction.REMIND)).isInstanceOf(RemindWhoOwes.class);
    }

    @ParameterizedTest
    @EnumSource(DeadlineKind.class)
    void everyClockHasAnActionWhenItRunsOut(DeadlineKind kind) {
        assertThat(ClockActions.forDue(kind, DeadlineAction.EXPIRE)).isNotNull();
    }

    @Test
    void theRespondentsWindowProceedsOnTheComplainantsEvidence() {
        assertThat(ClockActions.forDue(DeadlineKind.RESPONDENT_EVIDENCE, DeadlineAction.EXPIRE))
                .isInstanceOf(ProceedOnComplainantsEvidence.class);
    }

    @ParameterizedTest
    @EnumSource(value = DeadlineKind.class, names = {"FIRST_RESPONSE", "RESOLUTION", "ESCALATION"})
    void thePlatformsOwnClocksEscalate(DeadlineKind kind) {
        assertThat(ClockActions.forDue(kind, DeadlineAction.EXPIRE)).isInstanceOf(EscalateOneLevel.class);
    }

    @Test
    void anUnansweredQuestionLetsTheCaseGoOn() {
        assertThat(ClockActions.forDue(DeadlineKind.INFORMATION_REQUEST, DeadlineAction.EXPIRE))
                .isInstanceOf(GoOnWithoutTheAnswer.class);
    }
}
