package org.arbiter.cases;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.arbiter.api.vocabulary.SensitiveDataKind;

/**
 * Masks personal numbers in free text before it is stored: Chinese resident identity numbers (18 characters,
 * ISO 7064 MOD 11-2 check digit) and payment card numbers (13 to 19 digits passing the Luhn check). All but the
 * last four characters of each become {@code *}.
 *
 * <p>People write these numbers in groups, the way their keyboard or input method gives them: full-width digits
 * ({@code ６２２２…}) from a Chinese IME, groups of four or 6-8-4, separated by spaces, hyphens, dots, dashes,
 * no-break or ideographic spaces, invisible formatting characters, and next to other numbers (a CVV, an expiry,
 * an order number). So the screen reads the text as runs of digit groups and checks every stretch of whole,
 * consecutive groups of a run: any that is a valid number is masked, so a number next to other digits does not
 * hide in their company. Any Unicode decimal digit counts as a digit; the checks are computed on the digits'
 * values. A group glued to letters (a tracking number such as {@code SF1234567890123}) is not a personal number
 * and stays; a number inside one long group of digits is not looked for (order numbers would be masked at random).
 */
public final class SensitiveDataScreen {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** The province codes of GB/T 2260 (11 Beijing ... 65 Xinjiang), which a foreigner's card names second. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
            "64", "65");
    private static final String ID_CHECK = "10X98765432";
    private static final int ID_LENGTH = 18;
    private static final int CARD_MIN = 13;
    private static final int CARD_MAX = 19;
    /** At most this many separator characters between two groups of one number ({@code "4111 - 1111"}). */
    private static final int MAX_GAP = 3;

    /** Any free text a person writes (reasons, notes, answers) as it may be stored: numbers masked; null stays null. */
    public String masked(String text) {
        return text == null ? null : screen(text).screened();
    }

    public ComplaintText screen(String text) {
        int[] chars = text.codePoints().toArray();
        boolean[] hide = new boolean[chars.length];
        Map<SensitiveDataKind, Integer> masked = new EnumMap<>(SensitiveDataKind.class);
        for (List<Group> run : runs(chars)) {
            maskNumbersIn(run, chars, hide, masked);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < chars.length; i++) {
            out.appendCodePoint(hide[i] ? '*' : chars[i]);
        }
        return new ComplaintText(out.toString(), masked);
    }

    /** A maximal stretch of digits, perhaps ending in an identity number's check letter. */
    private record Group(int start, int end, String digits, boolean endsInCheckLetter) {
    }

    /**
     * Every stretch of whole consecutive groups that is a valid number gets all but its last four characters
     * hidden; a number is counted once, however many of the stretches overlapping it are valid too.
     */
    private static void maskNumbersIn(List<Group> run, int[] chars, boolean[] hide,
                                      Map<SensitiveDataKind, Integer> masked) {
        int countedUpTo = -1;
        for (int first = 0; first < run.size(); first++) {
            StringBuilder digits = new StringBuilder();
            List<Integer> layout = new ArrayList<>();
            for (int last = first; last < run.size() && digits.length() < CARD_MAX; last++) {
                Group group = run.get(last);
                digits.append(group.digits());
                boolean checkLetter = group.endsInCheckLetter();
                layout.add(group.digits().length() - (checkLetter ? 1 : 0));
                int end = group.end();
                SensitiveDataKind kind = null;
                if (digits.length() == ID_LENGTH && isResidentId(digits.toString())) {
                    kind = SensitiveDataKind.RESIDENT_ID;
                } else if (isCardLayout(layout)
                        // A card followed by an x ("4111 … 1111x2") is read without it.
                        && isCardNumber(checkLetter ? digits.substring(0, digits.length() - 1) : digits.toString())) {
                    kind = SensitiveDataKind.BANK_CARD;
                    end = checkLetter ? end - 1 : end;
                }
                if (kind == null) {
                    continue;
                }
                hideAllButLastFour(chars, hide, run.get(first).start(), end);
                if (first > countedUpTo) {
                    masked.merge(kind, 1, Integer::sum);
                    countedUpTo = last;
                }
            }
        }
    }

    /**
     * How card numbers are written: in one piece, in groups of four (the last may be shorter: 4-4-4-4-3), or as
     * 4-6-5 and 4-6-4 (American Express, Diners). A phone number next to a date is none of these.
     */
    private static boolean isCardLayout(List<Integer> lengths) {
        if (lengths.size() == 1 || lengths.equals(List.of(4, 6, 5)) || lengths.equals(List.of(4, 6, 4))) {
            return true;
        }
        for (int i = 0; i < lengths.size() - 1; i++) {
            if (lengths.get(i) != 4) {
                return false;
            }
        }
        int lastLength = lengths.get(lengths.size() - 1);
        return lastLength >= 1 && lastLength <= 4;
    }

    /** The text's digit groups, in runs of groups separated only by short separator stretches. */
    private static List<List<Group>> runs(int[] chars) {
        List<List<Group>> runs = new ArrayList<>();
        List<Group> run = new ArrayList<>();
        int i = 0;
        int previousEnd = -1;
        while (i < chars.length) {
            if (!Character.isDigit(chars[i])) {
                if (isSetOffCheckLetter(chars, i, run, previousEnd)) {
                    run.add(new Group(i, i + 1, "X", true));
                    previousEnd = i + 1;
                }
                i++;
                continue;
            }
            int start = i;
            StringBuilder digits = new StringBuilder();
            while (i < chars.length && Character.isDigit(chars[i])) {
                digits.append((char) ('0' + Character.digit(chars[i], 10)));
                i++;
            }
            boolean checkLetter = i < chars.length && isCheckLetter(chars[i]) && !isGlue(chars, i + 1);
            if (checkLetter) {
                digits.append('X');
                i++;
            }
            boolean glued = isGlue(chars, start - 1) || isGlue(chars, i);
            if (!run.isEmpty() && (glued || !onlySeparatorsBetween(chars, previousEnd, start)
                    || run.get(run.size() - 1).endsInCheckLetter())) {
                runs.add(run);
                run = new ArrayList<>();
            }
            if (!glued) {
                run.add(new Group(start, i, digits.toString(), checkLetter));
                previousEnd = i;
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /**
     * An identity number's check letter written apart from its digits ({@code "11010519491231002 X"}): a lone X
     * after the run's last group, only separators between them. It joins the run as a group of its own; only an
     * 18-character stretch that is a valid number makes anything of it.
     */
    private static boolean isSetOffCheckLetter(int[] chars, int at, List<Group> run, int previousEnd) {
        return isCheckLetter(chars[at]) && !run.isEmpty() && !run.get(run.size() - 1).endsInCheckLetter()
                && !isGlue(chars, at + 1) && onlySeparatorsBetween(chars, previousEnd, at);
    }

    private static boolean onlySeparatorsBetween(int[] chars, int from, int to) {
        if (to - from < 1 || to - from > MAX_GAP) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isSeparator(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Spaces of every width, tabs and line breaks of every kind (a number wrapped onto the next line is still that
     * number), hyphens, dashes and minus, dots (also the middle dot and the ideographic full stop a Chinese IME
     * gives), the katakana middle dot, full-width forms, and invisible formatting characters (zero-width space,
     * soft hyphen, word joiner).
     */
    private static boolean isSeparator(int c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR
                || Character.getType(c) == Character.FORMAT || c == '\u0085' || c == '-' || c == '.' || c == '\u00B7'
                || c == '\u2212' || c == '\u3002' || c == '\u30FB' || c == '\uFF0D' || c == '\uFF0E'
                || c >= '\u2010' && c <= '\u2015';
    }

    /** A Latin letter (also full-width) or a digit next to a group makes it part of a code, not a personal number. */
    private static boolean isGlue(int[] chars, int at) {
        if (at < 0 || at >= chars.length) {
            return false;
        }
        int c = chars[at];
        return Character.isDigit(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A';
    }

    private static boolean isRegion(String eighteen) {
        char first = eighteen.charAt(0);
        return first >= '1' && first <= '8' || first == '9' && PROVINCES.contains(eighteen.substring(1, 3));
    }

    private static boolean isCheckLetter(int c) {
        return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58';
    }

    /**
     * 18 characters with a valid check character, a region code starting 1 to 8 and a birth date (positions 7 to 14)
     * that exists: an 18-digit order number passes the check character one time in eleven, not all three. The
     * foreign permanent resident's ID card of 2023 has the same shape and check, starting with 9 and the issuing
     * province's code.
     */
    static boolean isResidentId(String eighteen) {
        if (eighteen.length() != ID_LENGTH || !isRegion(eighteen) || !isBirthDate(eighteen.substring(6, 14))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < ID_LENGTH - 1; i++) {
            char c = eighteen.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(eighteen.charAt(ID_LENGTH - 1)) == ID_CHECK.charAt(sum % 11);
    }

    private static boolean isBirthDate(String yyyyMMdd) {
        try {
            LocalDate born = LocalDate.parse(yyyyMMdd, DateTimeFormatter.BASIC_ISO_DATE);
            return born.getYear() >= 1900 && !born.isAfter(LocalDate.now(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    /** 13 to 19 digits passing Luhn, starting 2 to 6 as the card networks' numbers do (Visa 4, UnionPay 62, …). */
    static boolean isCardNumber(String digits) {
        if (digits.length() < CARD_MIN || digits.length() > CARD_MAX || digits.charAt(0) < '2' || digits.charAt(0) > '6') {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return false;
            }
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** Keeps separators and the last four characters, so the complainant can still tell which number it was. */
    private static void hideAllButLastFour(int[] chars, boolean[] hide, int start, int end) {
        int kept = 0;
        for (int i = end - 1; i >= start; i--) {
            if (!Character.isDigit(chars[i]) && !isCheckLetter(chars[i])) {
                continue;
            }
            if (kept < 4) {
                kept++;
            } else {
                hide[i] = true;
            }
        }
    }
}
