package org.arbiter.verification;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a carrier's "signed by" note says about who took the parcel: the accepted signers it names (the buyer,
 * "本人", a locker, a pick-up station) and the words that name someone else ("非本人", "他人代收", "代签", a
 * neighbour, a guard, the front desk, "not self").
 *
 * <p>The note and every phrase are normalised first (Unicode NFKC, so full-width letters and digits become
 * half-width; case-folded; spaces collapsed). Then words are matched exactly: a Latin phrase is a sequence of
 * whole words ({@code self} does not match {@code Selfridge}; {@code parcel station} matches
 * {@code Parcel-Station 3}), a Chinese phrase a run of Han characters found by longest match from left to right
 * ({@code 丰巢快递柜} holds {@code 丰巢} and {@code 快递柜}). At equal length a word naming someone else wins over an
 * accepted one. A negation right before an accepted signer names someone else ({@code 非本人签收} reads as
 * {@code 非} + {@code 本人} + {@code 签收}: "not the addressee"; {@code not self}). Words no list knows (a name, a
 * locker number, {@code 签收}) decide nothing.
 *
 * <p>The delivery counts as the buyer's when the note names an accepted signer and nobody else. A note naming
 * nobody known ("Zhang San", "代收") does not: the specialist should look at it.
 */
public record DeliverySignature(String signedBy, List<String> accepted, List<String> others) {

    /**
     * Words that say someone other than the addressee took the parcel: someone signing for them, neighbours,
     * doormen and guards, front desks, family and colleagues, or that the addressee did not sign.
     */
    static final List<String> SOMEONE_ELSE = List.of(
            "他人", "别人", "其他人", "旁人", "代签", "未签收", "未签", "拒收", "不在", "以外", "邻居", "隔壁", "门卫",
            "门岗", "保安", "前台", "物业", "传达室", "收发室", "同事", "家人", "家属", "亲属", "亲戚", "朋友", "室友",
            "舍友", "房东",
            "other", "others", "someone", "somebody", "else", "neighbour", "neighbor", "neighbours", "neighbors",
            "guard", "security", "doorman", "porter", "concierge", "reception", "receptionist", "front desk",
            "frontdesk", "mailroom", "mail room", "colleague", "coworker", "family", "relative", "friend", "roommate",
            "flatmate", "housemate", "landlord", "proxy", "behalf");

    /**
     * Negations: right before an accepted signer they turn it into someone else ("非本人", "不是本人", "not
     * self", "non-self"); anywhere else they say nothing ("非凡驿站" is a station's name).
     */
    static final List<String> NEGATIONS = List.of("非", "不是", "并非", "未经", "无", "not", "non", "no");

    public DeliverySignature {
        accepted = List.copyOf(accepted);
        others = List.copyOf(others);
    }

    /** Signed by the buyer in person or into a place the buyer chose, and by nobody else. */
    public boolean byBuyer() {
        return others.isEmpty() && !accepted.isEmpty();
    }

    /** Why the note does not count as the buyer's, for the finding's detail. */
    public String reason() {
        if (!others.isEmpty()) {
            return "'" + signedBy + "' names someone else (" + String.join(", ", others) + ")";
        }
        return "'" + signedBy + "' names neither the buyer nor an accepted locker or station";
    }

    /**
     * Reads a note against the accepted signers (configuration) and the buyer's own id.
     *
     * @param acceptedSigners phrases that count as the buyer's own signature, as configured
     */
    public static DeliverySignature read(String signedBy, Collection<String> acceptedSigners, String buyerId) {
        List<Phrase> phrases = new ArrayList<>();
        for (String word : SOMEONE_ELSE) {
            Phrase.of(word, Kind.SOMEONE_ELSE).ifPresent(phrases::add);
        }
        for (String word : NEGATIONS) {
            Phrase.of(word, Kind.NEGATION).ifPresent(phrases::add);
        }
        for (String word : acceptedSigners) {
            Phrase.of(word, Kind.ACCEPTED).ifPresent(phrases::add);
        }
        if (buyerId != null) {
            Phrase.of(buyerId, Kind.ACCEPTED).ifPresent(phrases::add);
        }
        // Longest first; at equal length someone else, then a negation, then an accepted signer.
        phrases.sort(Comparator.comparingInt((Phrase p) -> -p.units().size()).thenComparing(Phrase::kind));
        List<String> accepted = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Segment segment : segments(normalise(signedBy))) {
            int i = 0;
            while (i < segment.units().size()) {
                Phrase match = longestAt(phrases, segment, i);
                if (match == null) {
                    i++;
                    continue;
                }
                i += match.units().size();
                switch (match.kind()) {
                    case ACCEPTED -> accepted.add(match.text());
                    case SOMEONE_ELSE -> others.add(match.text());
                    case NEGATION -> {
                        Phrase negated = longestAt(phrases, segment, i);
                        if (negated != null && negated.kind() == Kind.ACCEPTED) {
                            others.add(match.text() + (segment.han() ? "" : " ") + negated.text());
                            i += negated.units().size();
                        }
                    }
                }
            }
        }
        return new DeliverySignature(signedBy, accepted, others);
    }

    private static Phrase longestAt(List<Phrase> phrases, Segment segment, int i) {
        for (Phrase phrase : phrases) {
            if (phrase.han() == segment.han() && phrase.matchesAt(segment.units(), i)) {
                return phrase;
            }
        }
        return null;
    }

    /** Full-width to half-width and compatibility forms folded (NFKC), lower case, spaces collapsed. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
    }

    /**
     * The text as runs of the same script: a run of Han characters (its units are the characters), or a run of
     * other words (its units are the words: letters and digits, split at anything else). A Han character ends
     * a run of words and the other way round; spaces and punctuation only separate words.
     */
    static List<Segment> segments(String normalised) {
        List<Segment> segments = new ArrayList<>();
        List<String> units = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        Boolean han = null;
        int i = 0;
        while (i < normalised.length()) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            boolean isHan = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            boolean isWordChar = !isHan && Character.isLetterOrDigit(cp);
            if (!isHan && !isWordChar) {
                flushWord(word, units);
                continue;
            }
            if (han != null && han != isHan) {
                flushWord(word, units);
                if (!units.isEmpty()) {
                    segments.add(new Segment(han, units));
                }
                units = new ArrayList<>();
            }
            han = isHan;
            if (isHan) {
                units.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        }
        flushWord(word, units);
        if (han != null && !units.isEmpty()) {
            segments.add(new Segment(han, units));
        }
        return segments;
    }

    private static void flushWord(StringBuilder word, List<String> units) {
        if (!word.isEmpty()) {
            units.add(word.toString());
            word.setLength(0);
        }
    }

    /** A run of one script: Han characters, or words. */
    record Segment(boolean han, List<String> units) {

        Segment {
            units = List.copyOf(units);
        }
    }

    /** What a phrase says about the signer; the order is the priority between phrases of the same length. */
    enum Kind {
        SOMEONE_ELSE,
        NEGATION,
        ACCEPTED
    }

    /** A phrase to look for, normalised into the units of its one script. */
    record Phrase(String text, Kind kind, boolean han, List<String> units) {

        /** Empty for a blank phrase or one that mixes Han characters and other words (it could never match). */
        static Optional<Phrase> of(String raw, Kind kind) {
            List<Segment> segments = segments(normalise(raw));
            if (segments.size() != 1) {
                return Optional.empty();
            }
            Segment only = segments.get(0);
            return Optional.of(new Phrase(String.join(only.han() ? "" : " ", only.units()), kind,
                    only.han(), only.units()));
        }

        boolean matchesAt(List<String> text, int from) {
            return from + units.size() <= text.size() && text.subList(from, from + units.size()).equals(units);
        }
    }
}
