package org.arbiter.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.arbiter.shared.ConflictException;
import org.arbiter.verification.VerificationRun.FactChange;
import org.arbiter.verification.VerificationRun.Standing;
import org.junit.jupiter.api.Test;

/** When the verification report is complete enough for a ruling, and the gate that refuses it otherwise. */
class VerificationRunTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant RUN_AT = T0.plusSeconds(60);
    private static final VerificationRun RUN = new VerificationRun(1, "specialist1", RUN_AT, List.of());

    /** The facts as the ports tell them: all last changed before the run. */
    private static final List<FactChange> FACTS_BEFORE = List.of(new FactChange("the order", T0),
            new FactChange("the logistics trace", T0), new FactChange("the payment", T0));

    @Test
    void withoutARunTheReportIsIncomplete() {
        assertThat(VerificationRun.gaps(null, List.of(), List.of())).containsExactly("the checks have not been run");
    }

    @Test
    void everyPieceMustBeMarkedAndNoneNewerThanTheRun() {
        assertThat(VerificationRun.gaps(RUN, List.of(new Standing(1, T0, false)), FACTS_BEFORE))
                .containsExactly("evidence #1 is not marked verified, disputed or rejected");
        assertThat(VerificationRun.gaps(RUN, List.of(new Standing(1, T0, true)), FACTS_BEFORE)).isEmpty();
        assertThat(VerificationRun.gaps(RUN, List.of(new Standing(1, T0, true), new Standing(2, T0.plusSeconds(600), true)),
                FACTS_BEFORE)).containsExactly("evidence #2 arrived after the last run of the checks");
    }

    @Test
    void factsUpdatedAfterTheRunMakeItStale() {
        Instant pushed = RUN_AT.plusSeconds(30);
        Instant scanned = RUN_AT.plusSeconds(90);
        List<FactChange> changed = List.of(new FactChange("the order", pushed), new FactChange("the logistics trace", scanned),
                new FactChange("the payment", pushed));

        assertThat(VerificationRun.gaps(RUN, List.of(new Standing(1, T0, true)), changed)).containsExactly(
                "the order and the payment were updated at " + pushed + ", after the last run of the checks (" + RUN_AT + ")",
                "the logistics trace was updated at " + scanned + ", after the last run of the checks (" + RUN_AT + ")");
    }

    @Test
    void aFactWhoseChangeTimeIsUnknownOrAtTheRunIsNotStale() {
        List<FactChange> facts = List.of(new FactChange("the order", null), new FactChange("the payment", RUN_AT));

        assertThat(VerificationRun.gaps(RUN, List.of(), facts)).isEmpty();
    }

    @Test
    void aFactThatCouldNotBeReadLeavesTheReportIncomplete() {
        List<FactChange> facts = List.of(new FactChange("the order", T0),
                FactChange.unreadable("the logistics trace", "the marketplace did not answer within PT5S"));

        assertThat(VerificationRun.gaps(RUN, List.of(), facts)).containsExactly("the logistics trace could not be read "
                + "to see whether it changed after the last run of the checks: the marketplace did not answer within PT5S");
    }

    @Test
    void evidenceWithdrawnAfterTheRunMakesItStaleAndWithdrawnBeforeNeedsNoMark() {
        Standing withdrawnBefore = new Standing(1, T0, false, T0.plusSeconds(10));
        Standing withdrawnAfter = new Standing(2, T0, true, RUN_AT.plusSeconds(10));

        assertThat(VerificationRun.gaps(RUN, List.of(withdrawnBefore), FACTS_BEFORE)).isEmpty();
        assertThat(VerificationRun.gaps(RUN, List.of(withdrawnBefore, withdrawnAfter), FACTS_BEFORE))
                .containsExactly("evidence #2 was withdrawn after the last run of the checks");
    }

    @Test
    void aMarkAfterTheRunCompletesTheReportRatherThanStalingIt() {
        // Standing has no mark time: marking is what the report waits for, and the checks do not read marks.
        assertThat(VerificationRun.gaps(RUN, List.of(new Standing(1, T0, true)), FACTS_BEFORE)).isEmpty();
    }

    @Test
    void theGatePassesACompleteReport() {
        assertThatCode(() -> VerificationRun.requireComplete(RUN, List.of(new Standing(1, T0, true)), FACTS_BEFORE))
                .doesNotThrowAnyException();
    }

    @Test
    void theGateRefusesAReportNeverRunWithAConflictNamingWhatIsMissing() {
        assertThatThrownBy(() -> VerificationRun.requireComplete(null, List.of(new Standing(4, T0, false)), List.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("the verification report is not complete: the checks have not been run; "
                        + "evidence #4 is not marked verified, disputed or rejected");
    }

    @Test
    void theGateRefusesAStaleReport() {
        List<FactChange> scannedLater = List.of(new FactChange("the logistics trace", RUN_AT.plusSeconds(5)));

        assertThatThrownBy(() -> VerificationRun.requireComplete(RUN, List.of(new Standing(1, T0, true)), scannedLater))
                .isInstanceOf(VerificationIncompleteException.class)
                .hasMessageContaining("the logistics trace was updated at " + RUN_AT.plusSeconds(5))
                .satisfies(e -> assertThat(((VerificationIncompleteException) e).gaps()).hasSize(1));
        assertThatThrownBy(() -> VerificationRun.requireComplete(RUN,
                List.of(new Standing(1, T0, true), new Standing(2, RUN_AT.plusSeconds(1), true)), FACTS_BEFORE))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("evidence #2 arrived after the last run of the checks");
    }

    @Test
    void theGateRefusesUnmarkedEvidence() {
        assertThatThrownBy(() -> VerificationRun.requireComplete(RUN,
                List.of(new Standing(1, T0, true), new Standing(3, T0, false)), FACTS_BEFORE))
                .isInstanceOf(ConflictException.class)
                .hasMessage("the verification report is not complete: "
                        + "evidence #3 is not marked verified, disputed or rejected");
    }
}
