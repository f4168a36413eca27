package org.arbiter.classification;

import java.util.Locale;

/**
 * The languages the platform answers in, and a reading of which one a text is written in.
 */
public final class Languages {

    public static final String CHINESE = "zh";
    public static final String ENGLISH = "en";

    /** Share of Han characters among the letters from which a text counts as Chinese. */
    private static final double HAN_SHARE = 0.2;

    private Languages() {
    }

    /**
     * The language to answer in: the requested one when the platform speaks it, else the one the text is
     * written in.
     */
    public static String resolve(String requested, String text) {
        if (requested != null && !requested.isBlank()) {
            String primary = requested.toLowerCase(Locale.ROOT).split("-")[0];
            if (primary.equals(CHINESE) || primary.equals(ENGLISH)) {
                return primary;
            }
        }
        return detect(text);
    }

    /** Chinese when enough of the letters are Han characters, English otherwise. */
    public static String detect(String text) {
        int letters = 0;
        int han = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return letters > 0 && (double) han / letters >= HAN_SHARE ? CHINESE : ENGLISH;
    }
}
