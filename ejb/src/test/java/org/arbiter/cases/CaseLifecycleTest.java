package org.arbiter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import org.arbiter.api.vocabulary.CaseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseLifecycleTest {

    @Test
    void followsThePathOfTheDesign() {
        assertThat(CaseLifecycle.canMove(CaseStatus.SUBMITTED, CaseStatus.CLASSIFIED)).isTrue();
        assertThat(CaseLifecycle.canMove(CaseStatus.CLASSIFIED, CaseStatus.AWAITING_RESPONSE)).isTrue();
        assertThat(CaseLifecycle.canMove(CaseStatus.AWAITING_RESPONSE, CaseStatus.UNDER_REVIEW)).isTrue();
        assertThat(CaseLifecycle.canMove(CaseStatus.UNDER_REVIEW, CaseStatus.RULING_PROPOSED)).isTrue();
        assertThat(CaseLifecycle.canMove(CaseStatus.RULING_PROPOSED, CaseStatus.RULING_REVIEW)).isTrue();
        assertThat(CaseLifecycle.canMove(CaseStatus.RULING_REVIEW, CaseStatus.MEDIATION)).isTrue();
        assertThat(CaseLifecycle.canMove(CaseStatus.MEDIATION, CaseStatus.SETTLED)).isTrue();
        assertThat(CaseLifecycle.canMove(CaseStatus.MEDIATION, CaseStatus.RULED)).isTrue();
        assertThat(CaseLifecycle.canMove(CaseStatus.RULED, CaseStatus.APPEALED)).isTrue();
        assertThat(CaseLifecycle.canMove(CaseStatus.RULED, CaseStatus.EXECUTION)).isTrue();
        assertThat(CaseLifecycle.canMove(CaseStatus.EXECUTION, CaseStatus.CLOSED)).isTrue();
        assertThat(CaseLifecycle.canMove(CaseStatus.CLOSED, CaseStatus.ARCHIVED)).isTrue();
    }

    @Test
    void refusesShortcuts() {
        assertThat(CaseLifecycle.canMove(CaseStatus.SUBMITTED, CaseStatus.RULED)).isFalse();
        assertThat(CaseLifecycle.canMove(CaseStatus.AWAITING_RESPONSE, CaseStatus.CLOSED)).isFalse();
        assertThat(CaseLifecycle.canMove(CaseStatus.SETTLED, CaseStatus.APPEALED)).isFalse();
        assertThat(CaseLifecycle.canMove(CaseStatus.CLASSIFIED, CaseStatus.SUBMITTED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"CLOSED", "ARCHIVED", "WITHDRAWN"}, mode = EnumSource.Mode.EXCLUDE)
    void everyOpenCaseCanBeWithdrawn(CaseStatus open) {
        assertThat(CaseLifecycle.canMove(open, CaseStatus.WITHDRAWN)).isTrue();
    }

    @Test
    void doneCasesOnlyGetArchivedAndArchivedOnesNeverMove() {
        assertThat(CaseLifecycle.nextStatuses(CaseStatus.CLOSED)).containsExactly(CaseStatus.ARCHIVED);
        assertThat(CaseLifecycle.nextStatuses(CaseStatus.WITHDRAWN)).containsExactly(CaseStatus.ARCHIVED);
        assertThat(CaseLifecycle.nextStatuses(CaseStatus.ARCHIVED)).isEmpty();
    }

    @Test
    void everyStatusIsReachableFromSubmissionAndEveryPathEndsInTheArchive() {
        Set<CaseStatus> reached = EnumSet.of(CaseStatus.SUBMITTED);
        Deque<CaseStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (CaseStatus next : CaseLifecycle.nextStatuses(todo.pop())) {
                if (reached.add(next)) {
                    todo.push(next);
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(CaseStatus.values());
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status == CaseStatus.ARCHIVED || !CaseLifecycle.nextStatuses(status).isEmpty()).as(status.name()).isTrue();
        }
    }
}
