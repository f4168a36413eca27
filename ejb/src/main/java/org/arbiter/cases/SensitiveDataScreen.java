package org.arbiter.cases;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.arbiter.api.vocabulary.SensitiveDataKind;

/**
 * Masks personal numbers in free text before it is stored: Chinese resident identity numbers (18
 * characters, ISO 7064 MOD 11-2 check digit) and payment card numbers (13 to 19 digits passing the Luhn
 * check), written plain or in groups. All but the last four characters become {@code *}. A number glued to
 * letters (a tracking number such as {@code SF1234567890123}) is not a personal number and stays.
 *
 * <p>People type these numbers the way their keyboard or input method gives them: full-width digits
 * ({@code ６２２２…}) from a Chinese IME, and groups separated by spaces, hyphens, dots, no-break or
 * ideographic spaces. Any Unicode decimal digit counts as a digit and any of those as a separator; the
 * check digits are computed on the digits' values.
 */
public final class SensitiveDataScreen {

    /** Space, hyphen, dot, no-break spaces, ideographic space, Unicode hyphens and dashes, full-width hyphen and dot. */
    private static final String SEPARATOR = "[ .\\-\\u00A0\\u2007\\u2009\\u202F\\u3000\\u2010-\\u2015\\uFF0D\\uFF0E]";
    private static final String DIGIT = "\\p{Nd}";
    /** What a number glued to it makes a code rather than a personal number: digits and Latin letters, also full-width. */
    private static final String GLUE = "[\\p{Nd}A-Za-z\\uFF21-\\uFF3A\\uFF41-\\uFF5A]";
    private static final Pattern RESIDENT_ID = Pattern.compile("(?<!" + GLUE + ")" + DIGIT + "{6}" + SEPARATOR + "?"
            + DIGIT + "{8}" + SEPARATOR + "?" + DIGIT + "{3}(?:" + DIGIT + "|[Xx\\uFF38\\uFF58])(?!" + GLUE + ")");
    private static final Pattern CARD = Pattern.compile("(?<!" + GLUE + ")" + DIGIT + "(?:" + SEPARATOR + "?" + DIGIT
            + "){12,18}(?!" + GLUE + ")");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    /** Any free text a person writes (reasons, notes, answers) as it may be stored: numbers masked; null stays null. */
    public String masked(String text) {
        return text == null ? null : screen(text).screened();
    }

    public ComplaintText screen(String text) {
        Map<SensitiveDataKind, Integer> masked = new EnumMap<>(SensitiveDataKind.class);
        String once = mask(text, RESIDENT_ID, SensitiveDataKind.RESIDENT_ID, masked);
        String twice = mask(once, CARD, SensitiveDataKind.BANK_CARD, masked);
        return new ComplaintText(twice, masked);
    }

    private static String mask(String text, Pattern pattern, SensitiveDataKind kind,
                               Map<SensitiveDataKind, Integer> masked) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int count = 0;
        while (matcher.find()) {
            String candidate = matcher.group();
            String bare = bare(candidate);
            boolean personal = kind == SensitiveDataKind.RESIDENT_ID ? isResidentId(bare) : isCardNumber(bare);
            matcher.appendReplacement(out, Matcher.quoteReplacement(personal ? hideAllButLastFour(candidate) : candidate));
            if (personal) {
                count++;
            }
        }
        matcher.appendTail(out);
        if (count > 0) {
            masked.merge(kind, count, Integer::sum);
        }
        return out.toString();
    }

    static boolean isResidentId(String eighteen) {
        if (eighteen.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (eighteen.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(eighteen.charAt(17)) == ID_CHECK.charAt(sum % 11);
    }

    static boolean isCardNumber(String digits) {
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
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

    /** The number as ASCII digits (and {@code X}) without its separators: what the checks are computed on. */
    private static String bare(String candidate) {
        StringBuilder bare = new StringBuilder(candidate.length());
        candidate.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                bare.append((char) ('0' + Character.digit(c, 10)));
            } else if (isCheckLetter(c)) {
                bare.append('X');
            }
        });
        return bare.toString();
    }

    private static boolean isCheckLetter(int c) {
        return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58';
    }

    /** Keeps separators and the last four characters, so the complainant can still tell which it was. */
    private static String hideAllButLastFour(String number) {
        int[] chars = number.codePoints().toArray();
        int kept = 0;
        for (int i = chars.length - 1; i >= 0; i--) {
            if (!Character.isDigit(chars[i]) && !isCheckLetter(chars[i])) {
                continue;
            }
            if (kept < 4) {
                kept++;
            } else {
                chars[i] = '*';
            }
        }
        return new String(chars, 0, chars.length);
    }
}
