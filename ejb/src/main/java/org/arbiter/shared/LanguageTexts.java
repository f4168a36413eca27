package org.arbiter.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One language's texts of a bundle: the language's own file, or the base (English) file when it has none — never
 * the server's default locale, which would make what a reader gets depend on where the server runs.
 */
public record LanguageTexts(Locale locale, ResourceBundle bundle) {

    public static LanguageTexts load(String bundleName, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return new LanguageTexts(locale, ResourceBundle.getBundle(bundleName, locale, LanguageTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    /** The text with its arguments put in ({@link MessageFormat}: a quote in the pattern is written ''). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
