package org.arbiter.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.arbiter.api.vocabulary.ComplaintType;

/**
 * What the classifier made of a text: every type ranked by confidence, and whether the best one is sure
 * enough to decide without a person.
 */
public record ClassifierVerdict(List<ScoredType> ranked, double threshold) {

    public ClassifierVerdict {
        if (ranked.isEmpty()) {
            throw new IllegalArgumentException("a verdict ranks at least one type");
        }
        List<ScoredType> sorted = new ArrayList<>(ranked);
        sorted.sort(Comparator.comparingDouble(ScoredType::confidence).reversed());
        ranked = List.copyOf(sorted);
    }

    public ScoredType best() {
        return ranked.get(0);
    }

    /** Below the threshold the case waits for a specialist instead of being guessed. */
    public boolean isConfident() {
        return best().confidence() >= threshold;
    }

    /** The best {@code n} guesses. */
    public List<ScoredType> top(int n) {
        return ranked.subList(0, Math.min(n, ranked.size()));
    }

    /** A compact, stable text form for storage: {@code NOT_RECEIVED:0.8123,SIGN_FOR_DISPUTE:0.1011}. */
    public static String encode(List<ScoredType> guesses) {
        StringBuilder text = new StringBuilder();
        for (ScoredType guess : guesses) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(guess.type().name()).append(':')
                    .append(BigDecimal.valueOf(guess.confidence()).setScale(4, RoundingMode.HALF_UP).toPlainString());
        }
        return text.toString();
    }

    public static List<ScoredType> decode(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<ScoredType> guesses = new ArrayList<>();
        for (String part : text.split(",")) {
            int colon = part.indexOf(':');
            guesses.add(new ScoredType(ComplaintType.valueOf(part.substring(0, colon)),
                    Double.parseDouble(part.substring(colon + 1))));
        }
        return guesses;
    }
}
