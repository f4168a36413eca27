package org.arbiter.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.arbiter.verification.VerificationRun.Standing;
import org.junit.jupiter.api.Test;

/** When the verification report is complete enough for a ruling. */
class VerificationRunTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void withoutARunTheReportIsIncomplete() {
        assertThat(VerificationRun.gaps(null, List.of())).containsExactly("the checks have not been run");
    }

    @Test
    void everyPieceMustBeMarkedAndNoneNewerThanTheRun() {
        VerificationRun run = new VerificationRun(1, "specialist1", T0.plusSeconds(60), List.of());

        assertThat(VerificationRun.gaps(run, List.of(new Standing(1, T0, false))))
                .containsExactly("evidence #1 is not marked verified, disputed or rejected");
        assertThat(VerificationRun.gaps(run, List.of(new Standing(1, T0, true)))).isEmpty();
        assertThat(VerificationRun.gaps(run, List.of(new Standing(1, T0, true), new Standing(2, T0.plusSeconds(600), true))))
                .containsExactly("evidence #2 arrived after the last run of the checks");
    }
}
