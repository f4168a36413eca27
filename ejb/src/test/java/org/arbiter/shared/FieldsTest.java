package org.arbiter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldsTest {

    @Test
    void aShortValueIsQuotedInFull() {
        assertThat(Fields.quoted("OPENISH")).isEqualTo("'OPENISH'");
        assertThat(Fields.quoted(null)).isEqualTo("nothing");
    }

    @Test
    void aLongValueIsCutNotEchoed() {
        String quoted = Fields.quoted("X".repeat(100_000));

        assertThat(quoted).startsWith("'" + "X".repeat(40) + "…'").endsWith("(100000 characters)").hasSizeLessThan(80);
        // Cut between characters, never inside a surrogate pair.
        assertThat(Fields.quoted("😀".repeat(50))).startsWith("'" + "😀".repeat(40) + "…'");
    }
}
