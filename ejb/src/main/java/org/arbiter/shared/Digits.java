package org.arbiter.shared;

/**
 * Whole numbers in requests are written in ASCII digits. {@link Long#parseLong} also reads a sign and every
 * Unicode digit ("٣", "３"), so "+5", "-0" and Arabic-Indic digits would each name a page size, a cursor or an id
 * that no client wrote.
 */
public final class Digits {

    private Digits() {
    }

    /**
     * @return the number {@code text} spells in ASCII digits
     * @throws NumberFormatException when it is empty, has anything but the digits 0-9, or exceeds a long
     */
    public static long parseLong(String text) {
        if (text == null || text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new NumberFormatException("not ASCII digits: " + text);
        }
        return Long.parseLong(text);
    }

    /** @see #parseLong(String) */
    public static int parseInt(String text) {
        long value = parseLong(text);
        if (value > Integer.MAX_VALUE) {
            throw new NumberFormatException("too large: " + text);
        }
        return (int) value;
    }
}
