package org.arbiter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HiddenPathsTest {

    @Test
    void hidesWhatUndertowHidesInAnyCase() {
        assertThat(HiddenPaths.isHidden("/WEB-INF/web.xml")).isTrue();
        assertThat(HiddenPaths.isHidden("/web-inf")).isTrue();
        assertThat(HiddenPaths.isHidden("/Meta-Inf/MANIFEST.MF")).isTrue();
    }

    @Test
    void leavesTheApiAlone() {
        assertThat(HiddenPaths.isHidden("/api/v1/cases")).isFalse();
        assertThat(HiddenPaths.isHidden("/")).isFalse();
        assertThat(HiddenPaths.isHidden("/api/v1/WEB-INF")).isFalse();
    }
}
