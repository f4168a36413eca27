package org.arbiter.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link VisibleText}; the services use {@link #isVisible} for the texts they read outside a request body. */
public class VisibleTextValidator implements ConstraintValidator<VisibleText, CharSequence> {

    public static final String MESSAGE = "must contain visible text, not only spaces or invisible characters";

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        // What @NotBlank refuses (nothing left after trim(), its own test) is its to report; every use has both: one
        // error for "   ", not two. Other spaces (ideographic, no-break) pass @NotBlank and are refused here.
        return text == null || text.toString().trim().isEmpty() || isVisible(text);
    }

    /** Whether the text has at least one character a reader sees. */
    public static boolean isVisible(CharSequence text) {
        return text.codePoints().anyMatch(VisibleTextValidator::isVisibleCharacter);
    }

    private static boolean isVisibleCharacter(int c) {
        if (Character.isWhitespace(c) || isBlankLetter(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    /** Letters and symbols that render as nothing: the Hangul fillers and the blank Braille pattern. */
    private static boolean isBlankLetter(int c) {
        return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }
}
