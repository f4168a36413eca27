package org.arbiter.shared;

import java.util.Locale;

/**
 * What free text and identifiers may hold: any Unicode text, with line breaks, tabs and the form feed and vertical
 * tab that text copied from PDF and word-processor documents carries, but no other control characters and no
 * unpaired surrogates. A NUL is refused by PostgreSQL's text columns, the others (escape sequences, C1 controls)
 * are never typed by a person and only confuse whoever reads the text later; a request carrying one is refused
 * rather than cleaned.
 */
public final class Text {

    private Text() {
    }

    /** What is wrong with the text, or null when nothing is. */
    public static String problemWith(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain an unpaired surrogate (at character " + (i + 1) + ")";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain an unpaired surrogate (at character " + (i + 1) + ")";
            }
            if (Character.getType(c) == Character.CONTROL && !isWhitespaceControl(c)) {
                return String.format(Locale.ROOT, "must not contain the control character U+%04X (at character %d)", (int) c, i + 1);
            }
        }
        return null;
    }

    /**
     * The text in at most {@code max} UTF-16 units, which a {@code VARCHAR(max)} holds on H2 (which counts them) as
     * on PostgreSQL (which counts characters); when cut it ends in "…", and never between the two halves of a
     * character outside the Basic Multilingual Plane (an emoji), which would leave text no database or JSON takes.
     */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isWhitespaceControl(char c) {
        return c >= '\t' && c <= '\r';
    }
}
