package org.arbiter.verifier;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One custody event of a case, in the canonical text that is hashed into the log: UTF-8, LF line endings, the keys
 * in this order, a final LF.
 *
 * <pre>
 * arbiter-custody-entry/1
 * case: 2026112300001
 * seq: 1
 * event: SUBMITTED
 * evidence: 17
 * sha256: &lt;64 lowercase hex, or -&gt;
 * actor: buyer1
 * role: BUYER
 * at: 2026-11-23T05:00:00.123Z
 * detail: free text on one line
 * prev: &lt;64 lowercase hex&gt;
 * </pre>
 *
 * <p>{@code evidence} and {@code sha256} are written {@code -} when null. {@code detail} is always written as
 * {@code "detail: "} and the escaped text (possibly empty): backslash as {@code \\}, LF as {@code \n}, CR as
 * {@code \r}, and every other character that some reader takes for a line break (the other control characters
 * but TAB, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR) as a backslash, {@code u} and four upper-case
 * hex digits, so that an entry is its lines whatever splits them. {@code at} is {@link Instant#toString()} of the
 * instant truncated to milliseconds (done by the constructor). {@code prev} is the {@link #hash()} of the case's
 * previous entry, {@link #GENESIS} for seq 1.
 *
 * @param caseNumber the case number, a single token
 * @param seq        the position of this entry in the case's chain, from 1
 * @param event      what happened, a single token (SUBMITTED, VIEWED, ANNOTATED, VERIFIED, DISPUTED, REJECTED,
 *                   WITHDRAWN, EXPORTED on the server)
 * @param evidenceId the evidence concerned, a single token, or null
 * @param sha256     the SHA-256 (64 lowercase hex) of the evidence content or exported document, or null
 * @param actor      who, a single token
 * @param role       in which role, a single token
 * @param at         when (truncated to milliseconds)
 * @param detail     free text, possibly empty (null is taken as empty)
 * @param prev       the hash of the previous entry as 64 lowercase hex
 */
public record CustodyEntry(String caseNumber, long seq, String event, String evidenceId, String sha256, String actor,
                           String role, Instant at, String detail, String prev) {

    /** The first line of every entry: the format and its version. */
    public static final String HEADER = "arbiter-custody-entry/1";

    /** The {@code prev} of the first entry of a case: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    /** How a null {@code evidence} or {@code sha256} is written. */
    public static final String NONE = "-";

    private static final String WHAT = "custody entry";
    private static final String[] KEYS = {
        "case", "seq", "event", "evidence", "sha256", "actor", "role", "at", "detail", "prev"
    };

    public CustodyEntry {
        requireToken(caseNumber, "case");
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be 1 or more: " + seq);
        }
        requireToken(event, "event");
        if (evidenceId != null) {
            requireToken(evidenceId, "evidence");
            if (evidenceId.equals(NONE)) {
                throw new IllegalArgumentException("evidence may not be '-' (that is how null is written)");
            }
        }
        if (sha256 != null && !MerkleHash.isHash(sha256)) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits or null: '"
                    + TextLines.abbreviate(sha256) + "'");
        }
        requireToken(actor, "actor");
        requireToken(role, "role");
        Objects.requireNonNull(at, "at");
        at = at.truncatedTo(ChronoUnit.MILLIS);
        detail = detail == null ? "" : detail;
        // Any text: escape() keeps it on one line. Valid UTF-16, so that it survives UTF-8.
        requireWellFormed(detail, "detail");
        if (!MerkleHash.isHash(prev)) {
            throw new IllegalArgumentException("prev must be 64 lowercase hex digits: '"
                    + (prev == null ? "null" : TextLines.abbreviate(prev)) + "'");
        }
    }

    /** The canonical UTF-8 bytes, which the log hashes. */
    public byte[] toBytes() {
        return toText().getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical text. */
    public String toText() {
        return HEADER + "\n"
                + "case: " + caseNumber + "\n"
                + "seq: " + seq + "\n"
                + "event: " + event + "\n"
                + "evidence: " + (evidenceId == null ? NONE : evidenceId) + "\n"
                + "sha256: " + (sha256 == null ? NONE : sha256) + "\n"
                + "actor: " + actor + "\n"
                + "role: " + role + "\n"
                + "at: " + at + "\n"
                + "detail: " + escape(detail) + "\n"
                + "prev: " + prev + "\n";
    }

    /** SHA-256 of {@link #toBytes()}: what the next entry's {@code prev} holds. */
    public byte[] hash() {
        return MerkleHash.sha256(toBytes());
    }

    /** {@link #hash()} as lowercase hex. */
    public String hashHex() {
        return MerkleHash.hex(hash());
    }

    /** The entry's leaf hash in the log: {@link MerkleHash#leaf(byte[])} of {@link #toBytes()}. */
    public byte[] leafHash() {
        return MerkleHash.leaf(toBytes());
    }

    /**
     * Parses canonical entry bytes, strictly: the result's {@link #toBytes()} is exactly {@code bytes}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static CustodyEntry parse(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(WHAT + ": not valid UTF-8");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            throw new IllegalArgumentException(WHAT + ": starts with a byte order mark");
        }
        List<String> lines = TextLines.split(text, WHAT);
        if (!lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException(WHAT + ": line 1 must be '" + HEADER + "': '"
                    + TextLines.abbreviate(lines.get(0)) + "'");
        }
        String[] values = new String[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) {
            values[i] = TextLines.value(lines, i + 2, KEYS[i], WHAT);
        }
        if (lines.size() > KEYS.length + 1) {
            throw new IllegalArgumentException(WHAT + ": line " + (KEYS.length + 2) + " is unexpected: '"
                    + TextLines.abbreviate(lines.get(KEYS.length + 1)) + "'");
        }
        long seq = TextLines.decimal(values[1], WHAT, 3, "seq");
        String evidence = values[3].equals(NONE) ? null : values[3];
        String sha256 = values[4].equals(NONE) ? null : values[4];
        Instant at;
        try {
            at = Instant.parse(values[7]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(WHAT + ": line 9 (at) is not an ISO-8601 instant: '"
                    + TextLines.abbreviate(values[7]) + "'");
        }
        String detail = unescape(values[8]);
        CustodyEntry entry;
        try {
            entry = new CustodyEntry(values[0], seq, values[2], evidence, sha256, values[5], values[6], at, detail,
                    values[9]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(WHAT + ": " + e.getMessage());
        }
        if (!Arrays.equals(entry.toBytes(), bytes)) {
            throw new IllegalArgumentException(WHAT + ": not in canonical form (line " + firstDifferentLine(entry, lines)
                    + ")");
        }
        return entry;
    }

    private static String firstDifferentLine(CustodyEntry entry, List<String> lines) {
        List<String> canonical = TextLines.split(entry.toText(), WHAT);
        for (int i = 0; i < Math.min(canonical.size(), lines.size()); i++) {
            if (!canonical.get(i).equals(lines.get(i))) {
                String key = i == 0 ? "header" : KEYS[i - 1];
                return (i + 1) + " (" + key + ") should read '" + TextLines.abbreviate(canonical.get(i)) + "'";
            }
        }
        return String.valueOf(lines.size());
    }

    /** Escapes backslash, LF, CR and whatever else could break the line (see the class comment). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (breaksLines(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Control characters but TAB (VT, FF, NEL and the file separators split lines in some readers), LS and PS. */
    private static boolean breaksLines(char c) {
        return Character.isISOControl(c) && c != '\t' || c == '\u2028' || c == '\u2029';
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 == text.length()) {
                throw new IllegalArgumentException(WHAT + ": line 10 (detail) ends with a lone backslash");
            }
            char next = text.charAt(++i);
            switch (next) {
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                // Any four hex digits read; the canonical-form check refuses what escape() would not have written.
                case 'u' -> {
                    if (i + 4 >= text.length()) {
                        throw new IllegalArgumentException(WHAT + ": line 10 (detail) has a cut-off escape '\\u"
                                + TextLines.abbreviate(text.substring(i + 1)) + "'");
                    }
                    String hex = text.substring(i + 1, i + 5);
                    if (!hex.chars().allMatch(h -> h >= '0' && h <= '9' || h >= 'A' && h <= 'F' || h >= 'a' && h <= 'f')) {
                        throw new IllegalArgumentException(WHAT + ": line 10 (detail) has a bad escape '\\u"
                                + TextLines.abbreviate(hex) + "'");
                    }
                    out.append((char) Integer.parseInt(hex, 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException(WHAT + ": line 10 (detail) has an unknown escape '\\"
                        + TextLines.abbreviate(String.valueOf(next)) + "'");
            }
        }
        return out.toString();
    }

    /** A non-blank single token: no whitespace, no control or line-separator character, valid UTF-16. */
    private static void requireToken(String value, String key) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(key + " is missing");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException(key + " must be a single token without spaces or control "
                        + "characters: '" + TextLines.abbreviate(value) + "'");
            }
        }
        requireWellFormed(value, key);
    }

    private static void requireWellFormed(String value, String key) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(key + " has an unpaired surrogate at position " + i);
            }
        }
    }
}
