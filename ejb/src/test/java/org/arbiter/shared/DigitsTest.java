package org.arbiter.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitsTest {

    @Test
    void readsAsciiDigits() {
        assertThat(Digits.parseLong("0")).isZero();
        assertThat(Digits.parseLong("007")).isEqualTo(7);
        assertThat(Digits.parseLong(String.valueOf(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
        assertThat(Digits.parseInt("2147483647")).isEqualTo(Integer.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+5", "-0", "-1", " 5", "5 ", "٣", "３", "1٣", "५०", "0x10", "1e3", "9223372036854775808"})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> Digits.parseLong(text)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void refusesNullAndIntsTooLarge() {
        assertThatThrownBy(() -> Digits.parseLong(null)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Digits.parseInt("2147483648")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void aPageLimitIsAsciiDigitsWithinTheMaximum() {
        assertThat(PageLimit.parse(" 50 ", 100)).isEqualTo(50);
        for (String text : new String[] {"٥٠", "５０", "+50", "0", "101", "-1"}) {
            assertThatThrownBy(() -> PageLimit.parse(text, 100)).as(text)
                    .isInstanceOf(InvalidValueException.class).hasMessage("must be a whole number from 1 to 100");
        }
    }
}
