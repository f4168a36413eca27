package org.arbiter.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.arbiter.api.vocabulary.SensitiveDataKind;

/**
 * A complaint's description after screening: personal numbers are masked, and what was masked is
 * counted so the complainant can be told.
 */
public final class ComplaintText {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final String screened;
    private final Map<SensitiveDataKind, Integer> masked;

    public ComplaintText(String screened, Map<SensitiveDataKind, Integer> masked) {
        this.screened = Objects.requireNonNull(screened);
        this.masked = masked.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(masked));
    }

    public String screened() {
        return screened;
    }

    /** How many numbers of each kind were masked; empty when none. */
    public Map<SensitiveDataKind, Integer> masked() {
        return masked;
    }

    /**
     * A fingerprint that ignores case and white space, so the same text pasted twice is recognised.
     */
    public String fingerprint() {
        String normalised = WHITE_SPACE.matcher(screened.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
