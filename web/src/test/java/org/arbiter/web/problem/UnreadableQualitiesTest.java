package org.arbiter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnreadableQualitiesTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/json;q=abc", "*/*;q=", "*/*;q", "text/plain, application/json; Q = x",
            "application/json;q=0.5, text/html;q=one"})
    void findsAQualityThatIsNoNumber(String header) {
        assertThat(UnreadableQualities.hasUnreadableQuality(header)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json;q=0.5;level=1, */*;q=0.1", "*/*; q = 1 ",
            "application/json;charset=UTF-8", "text/plain;quality=abc", "", "/"})
    void passesWhatRestEasyCanRead(String header) {
        assertThat(UnreadableQualities.hasUnreadableQuality(header)).isFalse();
    }
}
