package org.arbiter.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A case number people can read aloud and type back without mistakes: {@code AR-261122-K7M4QX3}. The date
 * is the filing day (UTC); six Crockford base-32 characters (no I, L, O or U) carry a unique serial,
 * scrambled so that neighbouring cases do not get neighbouring numbers; the last character is a
 * Luhn mod 32 check that catches every single mistyped character and most swapped pairs.
 */
public final class CaseNumber {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int SERIAL_BITS = 30;
    private static final long SERIAL_MASK = (1L << SERIAL_BITS) - 1;
    /** Odd, so multiplication modulo 2^30 is a bijection: distinct serials give distinct numbers. */
    private static final long SCRAMBLE_MULTIPLIER = 0x2B4C_9E37L;
    private static final long SCRAMBLE_OFFSET = 0x15A3_C0DEL;
    private static final Pattern SHAPE = Pattern.compile("^AR-\\d{6}-[0-9A-HJKMNP-TV-Z]{7}$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final String value;

    private CaseNumber(String value) {
        this.value = value;
    }

    /**
     * The number for a serial drawn from the database sequence. Serials are unique below 2^30 (about a
     * billion cases); the day in front keeps numbers unique for longer in practice.
     */
    public static CaseNumber issue(long serial, LocalDate filedOn) {
        if (serial < 0 || serial > SERIAL_MASK) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        long scrambled = (serial * SCRAMBLE_MULTIPLIER + SCRAMBLE_OFFSET) & SERIAL_MASK;
        char[] body = new char[6];
        for (int i = 5; i >= 0; i--) {
            body[i] = ALPHABET.charAt((int) (scrambled & 31));
            scrambled >>>= 5;
        }
        String payload = new String(body);
        return new CaseNumber("AR-" + DAY.format(filedOn) + "-" + payload + checkCharacter(payload));
    }

    /**
     * Reads a case number as a person typed it: case-insensitive, with the look-alikes O→0, I and L→1.
     *
     * @return the number, or empty when it is not a well-formed case number
     */
    public static Optional<CaseNumber> parse(String text) {
        if (text == null || text.length() > 32) {
            return Optional.empty();
        }
        String normalised = text.trim().toUpperCase(Locale.ROOT);
        if (normalised.startsWith("AR-")) {
            normalised = "AR-" + normalised.substring(3).replace('O', '0').replace('I', '1').replace('L', '1');
        }
        if (!SHAPE.matcher(normalised).matches()) {
            return Optional.empty();
        }
        String payload = normalised.substring(10, 16);
        if (checkCharacter(payload) != normalised.charAt(16)) {
            return Optional.empty();
        }
        return Optional.of(new CaseNumber(normalised));
    }

    /** Luhn mod N with N = 32 over the payload's code points in the alphabet. */
    static char checkCharacter(String payload) {
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        int check = (32 - sum % 32) % 32;
        return ALPHABET.charAt(check);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
