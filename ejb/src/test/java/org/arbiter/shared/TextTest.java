package org.arbiter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void acceptsAnyTextWithLineBreaksAndTabs() {
        assertThat(Text.problemWith("快递显示已签收\r\n\tbut 📦 never came — ½ price")).isNull();
        assertThat(Text.problemWith("copied from a PDF\fand from Word\u000Bwith its line break")).isNull();
        assertThat(Text.problemWith("")).isNull();
        assertThat(Text.problemWith(null)).isNull();
    }

    @Test
    void namesTheControlCharacterAndWhereItIs() {
        assertThat(Text.problemWith("ab\u0000c")).isEqualTo("must not contain the control character U+0000 (at character 3)");
        assertThat(Text.problemWith("\u001b[31mred")).contains("U+001B");
        assertThat(Text.problemWith("del\u007f")).contains("U+007F");
        assertThat(Text.problemWith("next line\u0085")).contains("U+0085");
    }

    @Test
    void refusesUnpairedSurrogatesButNotPairs() {
        assertThat(Text.problemWith("\ud83d\udce6")).isNull();
        assertThat(Text.problemWith("x\ud83d")).isEqualTo("must not contain an unpaired surrogate (at character 2)");
        assertThat(Text.problemWith("\udce6x")).isEqualTo("must not contain an unpaired surrogate (at character 1)");
        assertThat(Text.problemWith("\ud83d\ud83d\udce6")).contains("at character 1");
    }

    @Test
    void aCutFitsTheColumnAndNeverSplitsAnEmoji() {
        assertThat(Text.cut("short", 10)).isEqualTo("short");
        assertThat(Text.cut(null, 10)).isNull();
        assertThat(Text.cut("abcdefghijkl", 10)).isEqualTo("abcdefghi…").hasSize(10);
        // "📦" is two UTF-16 units: cut between them, the text would end in half a character.
        String parcels = "a" + "📦".repeat(10);
        String cut = Text.cut(parcels, 10);
        assertThat(cut).hasSizeLessThanOrEqualTo(10).endsWith("📦…");
        assertThat(Text.problemWith(cut)).isNull();
        assertThat(Text.cut("ab" + "📦".repeat(10), 10)).isEqualTo("ab📦📦📦…").hasSize(9);
    }
}
