package org.arbiter.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Strict helpers for the LF-terminated "key: value" text forms of this package. */
final class TextLines {

    private TextLines() {
    }

    /**
     * Splits text that must end with LF into its lines (without the LF). CR anywhere is refused.
     *
     * @param what how to name the text in messages
     */
    static List<String> split(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + ": text is null");
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + ": text is empty");
        }
        int cr = text.indexOf('\r');
        if (cr >= 0) {
            throw new IllegalArgumentException(what + ": line " + lineOf(text, cr)
                    + " has a carriage return (line endings must be LF)");
        }
        if (text.charAt(text.length() - 1) != '\n') {
            throw new IllegalArgumentException(what + ": line " + lineOf(text, text.length() - 1)
                    + " does not end with a line feed");
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return lines;
    }

    private static int lineOf(String text, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The value of line {@code number} (1-based) which must read {@code key + ": " + value}.
     *
     * @param what how to name the text in messages
     */
    static String value(List<String> lines, int number, String key, String what) {
        if (number > lines.size()) {
            throw new IllegalArgumentException(what + ": line " + number + " (" + key + ") is missing");
        }
        String line = lines.get(number - 1);
        String prefix = key + ": ";
        if (!line.startsWith(prefix)) {
            throw new IllegalArgumentException(what + ": line " + number + " must start with '" + prefix + "': '"
                    + abbreviate(line) + "'");
        }
        return line.substring(prefix.length());
    }

    /** A canonical non-negative decimal: no sign, no leading zero, fits a long. */
    static long decimal(String value, String what, int number, String key) {
        if (!value.matches("0|[1-9][0-9]{0,18}")) {
            throw new IllegalArgumentException(what + ": line " + number + " (" + key
                    + ") is not a canonical non-negative decimal number: '" + abbreviate(value) + "'");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": line " + number + " (" + key + ") is too large: '"
                    + value + "'");
        }
    }

    /** 64 lowercase hex digits. */
    static byte[] hash(String value, String what, int number, String key) {
        if (!MerkleHash.isHash(value)) {
            throw new IllegalArgumentException(what + ": line " + number + " (" + key
                    + ") is not 64 lowercase hex digits: '" + abbreviate(value) + "'");
        }
        return MerkleHash.unhex(value);
    }

    static String abbreviate(String s) {
        StringBuilder out = new StringBuilder();
        int limit = Math.min(s.length(), 80);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (s.length() > limit) {
            out.append("...");
        }
        return out.toString();
    }
}
