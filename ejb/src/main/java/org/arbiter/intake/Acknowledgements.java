package org.arbiter.intake;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.arbiter.api.vocabulary.DeadlineKind;
import org.arbiter.api.vocabulary.SensitiveDataKind;
import org.arbiter.cases.DisputeCase;
import org.arbiter.deadlines.CaseDeadline;
import org.arbiter.shared.LocalTimes;

/**
 * Writes the acknowledgement a complainant reads: what was received, what it was classified as, which
 * clocks now run, and what was masked, in the complainant's language (bundles {@code i18n/acknowledgement}).
 */
public final class Acknowledgements {

    private static final String BUNDLE = "i18n.acknowledgement";

    /** The texts of one language, looked up once: intake writes an acknowledgement per complaint. */
    private final Map<String, Texts> texts = new ConcurrentHashMap<>();
    private final LocalTimes times;

    /** @param zones the time zone each language's readers are shown times in (UTC for a language not named) */
    public Acknowledgements(Map<String, ZoneId> zones) {
        this.times = new LocalTimes(zones);
    }

    private record Texts(Locale locale, ResourceBundle bundle) {

        static Texts of(String language) {
            Locale locale = Locale.forLanguageTag(language);
            return new Texts(locale, ResourceBundle.getBundle(BUNDLE, locale, Acknowledgements.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    public String write(DisputeCase filed, Map<SensitiveDataKind, Integer> masked) {
        String language = filed.getClaim().getLanguage();
        Texts texts = this.texts.computeIfAbsent(language, Texts::of);
        Locale locale = texts.locale();
        ResourceBundle text = texts.bundle();
        String priority = text.getString("priority." + filed.getPriority());
        // Chinese runs its sentences together; English puts a space between them.
        String separator = locale.getLanguage().equals("zh") ? "" : " ";

        List<String> sentences = new ArrayList<>();
        sentences.add(format(text, locale, "received", filed.getCaseNumber().value(), filed.getOrderId()));
        if (filed.getClassification() != null) {
            sentences.add(format(text, locale, "classified",
                    text.getString("type." + filed.getClassification().getType()), priority));
        } else {
            sentences.add(format(text, locale, "awaiting-classification", priority));
        }
        for (CaseDeadline clock : filed.getRunningDeadlines()) {
            if (clock.getKind() == DeadlineKind.RESPONDENT_EVIDENCE) {
                sentences.add(format(text, locale, "respondent-window", filed.getRespondent().getUserId(),
                        times.format(language, clock.getDueAt())));
            }
        }
        // "A specialist will answer by …" and "we aim to resolve it by …" make one sentence.
        String firstResponse = "";
        String resolution = "";
        for (CaseDeadline clock : filed.getRunningDeadlines()) {
            if (clock.getKind() == DeadlineKind.FIRST_RESPONSE) {
                firstResponse = format(text, locale, "first-response", times.format(language, clock.getDueAt()));
            } else if (clock.getKind() == DeadlineKind.RESOLUTION) {
                resolution = format(text, locale, "resolution", times.format(language, clock.getDueAt()));
            }
        }
        sentences.add(firstResponse + separator + resolution);
        sentences.add(text.getString("next-steps"));
        if (!masked.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (SensitiveDataKind kind : SensitiveDataKind.values()) {
                Integer count = masked.get(kind);
                if (count != null) {
                    parts.add(count == 1 ? text.getString("masked." + kind)
                            : format(text, locale, "masked." + kind + ".many", count));
                }
            }
            sentences.add(format(text, locale, "masked", String.join(text.getString("masked.and"), parts)));
        }
        return String.join(separator, sentences);
    }

    private static String format(ResourceBundle text, Locale locale, String key, Object... arguments) {
        return new MessageFormat(text.getString(key), locale).format(arguments);
    }
}
