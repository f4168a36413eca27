package org.arbiter.notifications;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.arbiter.cases.NoticeText;
import org.arbiter.shared.LanguageTexts;
import org.arbiter.shared.LocalTimes;

/**
 * Writes a notice in a language (bundles {@code i18n/notices}; English for a language without one): times in
 * that language's zone and format, names of the vocabulary in its words, everything else as given.
 */
public final class NoticeWriter {

    private static final String BUNDLE = "i18n.notices";

    private final LocalTimes times;
    private final Map<String, LanguageTexts> texts = new ConcurrentHashMap<>();

    public NoticeWriter(LocalTimes times) {
        this.times = times;
    }

    public String write(String language, NoticeText text) {
        LanguageTexts in = texts.computeIfAbsent(language, l -> LanguageTexts.load(BUNDLE, l));
        Object[] shown = new Object[text.arguments().size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = shown(text.arguments().get(i), language, in);
        }
        return in.format(text.key(), shown);
    }

    /** Every argument as text, so that MessageFormat groups no digits of an id or a level. */
    private String shown(Object argument, String language, LanguageTexts in) {
        if (argument instanceof Instant instant) {
            return times.format(language, instant);
        }
        if (argument instanceof Enum<?> name) {
            return in.text(name.getDeclaringClass().getSimpleName() + "." + name.name());
        }
        return String.valueOf(argument);
    }
}
