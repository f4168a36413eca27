package org.arbiter.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaxCharactersValidatorTest {

    record Note(@MaxCharacters(5) String text) {
    }

    private final MaxCharactersValidator validator = new MaxCharactersValidator();

    MaxCharactersValidatorTest() {
        validator.initialize(Note.class.getRecordComponents()[0].getAnnotation(MaxCharacters.class));
    }

    @Test
    void charactersAreCountedAsPeopleCountThemNotAsUtf16Units() {
        assertThat(validator.isValid("𠀀𠀀𠀀𠀀𠀀", null)).as("five characters outside the BMP, ten UTF-16 units").isTrue();
        assertThat(validator.isValid("😀😀😀😀😀", null)).isTrue();
        assertThat(validator.isValid("abcde", null)).isTrue();
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void moreIsRefused() {
        assertThat(validator.isValid("😀😀😀😀😀😀", null)).isFalse();
        assertThat(validator.isValid("abcdef", null)).isFalse();
    }
}
