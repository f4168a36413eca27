package org.arbiter.notifications;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.arbiter.cases.NoticeText;
import org.arbiter.shared.LocalTimes;

/**
 * Writes a notice in a language (bundles {@code i18n/notices}; English for a language without one): times in
 * that language's zone and format, names of the vocabulary in its words, everything else as given.
 */
public final class NoticeWriter {

    private static final String BUNDLE = "i18n.notices";

    private final LocalTimes times;
    private final Map<String, Texts> texts = new ConcurrentHashMap<>();

    public NoticeWriter(LocalTimes times) {
        this.times = times;
    }

    private record Texts(Locale locale, ResourceBundle bundle) {

        static Texts of(String language) {
            Locale locale = Locale.forLanguageTag(language);
            return new Texts(locale, ResourceBundle.getBundle(BUNDLE, locale, NoticeWriter.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    public String write(String language, NoticeText text) {
        Texts in = texts.computeIfAbsent(language, Texts::of);
        Object[] shown = new Object[text.arguments().size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = shown(text.arguments().get(i), language, in.bundle());
        }
        return new MessageFormat(in.bundle().getString(text.key()), in.locale()).format(shown);
    }

    /** Every argument as text, so that MessageFormat groups no digits of an id or a level. */
    private String shown(Object argument, String language, ResourceBundle bundle) {
        if (argument instanceof Instant instant) {
            return times.format(language, instant);
        }
        if (argument instanceof Enum<?> name) {
            return bundle.getString(name.getDeclaringClass().getSimpleName() + "." + name.name());
        }
        return String.valueOf(argument);
    }
}
