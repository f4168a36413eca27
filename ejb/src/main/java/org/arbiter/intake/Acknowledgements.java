package org.arbiter.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.arbiter.api.vocabulary.DeadlineKind;
import org.arbiter.api.vocabulary.SensitiveDataKind;
import org.arbiter.cases.DisputeCase;
import org.arbiter.deadlines.CaseDeadline;
import org.arbiter.shared.LanguageTexts;
import org.arbiter.shared.LocalTimes;

/**
 * Writes the acknowledgement a complainant reads: what was received, what it was classified as, which
 * clocks now run, and what was masked, in the complainant's language (bundles {@code i18n/acknowledgement}).
 */
public final class Acknowledgements {

    private static final String BUNDLE = "i18n.acknowledgement";

    /** The texts of one language, looked up once: intake writes an acknowledgement per complaint. */
    private final Map<String, LanguageTexts> texts = new ConcurrentHashMap<>();
    private final LocalTimes times;

    /** @param times how each language's readers are shown times */
    public Acknowledgements(LocalTimes times) {
        this.times = times;
    }

    public String write(DisputeCase filed, Map<SensitiveDataKind, Integer> masked) {
        String language = filed.getClaim().getLanguage();
        LanguageTexts text = texts.computeIfAbsent(language, l -> LanguageTexts.load(BUNDLE, l));
        Locale locale = text.locale();
        String priority = text.text("priority." + filed.getPriority());
        // Chinese runs its sentences together; English puts a space between them.
        String separator = locale.getLanguage().equals("zh") ? "" : " ";

        List<String> sentences = new ArrayList<>();
        sentences.add(text.format("received", filed.getCaseNumber().value(), filed.getOrderId()));
        if (filed.getClassification() != null) {
            sentences.add(text.format("classified",
                    text.text("type." + filed.getClassification().getType()), priority));
        } else {
            sentences.add(text.format("awaiting-classification", priority));
        }
        for (CaseDeadline clock : filed.getRunningDeadlines()) {
            if (clock.getKind() == DeadlineKind.RESPONDENT_EVIDENCE) {
                sentences.add(text.format("respondent-window", filed.getRespondent().getUserId(),
                        times.format(language, clock.getDueAt())));
            }
        }
        // "A specialist will answer by …" and "we aim to resolve it by …" make one sentence.
        String firstResponse = "";
        String resolution = "";
        for (CaseDeadline clock : filed.getRunningDeadlines()) {
            if (clock.getKind() == DeadlineKind.FIRST_RESPONSE) {
                firstResponse = text.format("first-response", times.format(language, clock.getDueAt()));
            } else if (clock.getKind() == DeadlineKind.RESOLUTION) {
                resolution = text.format("resolution", times.format(language, clock.getDueAt()));
            }
        }
        sentences.add(firstResponse + separator + resolution);
        sentences.add(text.text("next-steps"));
        if (!masked.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (SensitiveDataKind kind : SensitiveDataKind.values()) {
                Integer count = masked.get(kind);
                if (count != null) {
                    parts.add(count == 1 ? text.text("masked." + kind)
                            : text.format("masked." + kind + ".many", count));
                }
            }
            sentences.add(text.format("masked", String.join(text.text("masked.and"), parts)));
        }
        return String.join(separator, sentences);
    }
}
