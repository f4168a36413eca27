package org.arbiter.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextValidatorTest {

    @Test
    void textAnyoneCanReadIsVisible() {
        for (String text : new String[] {"a", "中", "1", "!", "😀", "\u00A0 ok \u200B", "\u3000答复\u3000", "é"}) {
            assertThat(VisibleTextValidator.isVisible(text)).as(text).isTrue();
        }
    }

    @Test
    void spacesOfEveryKindInvisibleCharactersAndLoneMarksAreNot() {
        for (String text : new String[] {"", " \t\n", "\u00A0\u00A0\u00A0", "\u200B\u200C\u200D\u2060", "\uFEFF",
                "\u202E\u202D", "\u3000\u3000", "\u2028\u2029", "\u0301\u0301\u20DD", "\u3164\u115F\u1160\uFFA0",
                "\u2800", "\u00AD", "\u180E", "\uE000"}) {
            assertThat(VisibleTextValidator.isVisible(text))
                    .as("U+%04X…", (int) (text.isEmpty() ? 0 : text.charAt(0))).isFalse();
        }
    }

    @Test
    void nullAndBlankAreLeftToNotNullAndNotBlank() {
        assertThat(new VisibleTextValidator().isValid(null, null)).isTrue();
        assertThat(new VisibleTextValidator().isValid("   ", null)).isTrue();
        assertThat(new VisibleTextValidator().isValid("\u3000\u3000", null)).as("not blank to @NotBlank").isFalse();
        assertThat(new VisibleTextValidator().isValid("\u00A0", null)).isFalse();
    }
}
