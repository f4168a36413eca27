package org.arbiter.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MaxCharacters}. */
public class MaxCharactersValidator implements ConstraintValidator<MaxCharacters, CharSequence> {

    private int max;

    @Override
    public void initialize(MaxCharacters constraint) {
        max = constraint.value();
    }

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        // UTF-16 units bound the code points from above: most texts are decided without counting.
        return text == null || text.length() <= max || Character.codePointCount(text, 0, text.length()) <= max;
    }
}
