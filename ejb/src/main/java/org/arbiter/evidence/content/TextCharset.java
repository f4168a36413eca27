package org.arbiter.evidence.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * The encoding of a text export, judged on its head: a byte order mark names it (UTF-8, or UTF-16 as Windows
 * Notepad's "Unicode" writes it); else UTF-8 when the head is UTF-8 (ASCII is); else what Mozilla's universal
 * detector reads in it by the frequencies of its characters, when that is an encoding the platform's exports come
 * in (GB18030 or Big5 for a Chinese one from Windows, windows-1252 for a Western one) — a byte-level check cannot
 * tell these apart, since much Western text is valid GB18030 too; else GB18030 when the head decodes as that, else
 * windows-1252. The detector's other answers are not taken: on a short text they are noise (a JSON export with two
 * Chinese characters in GB18030 reads to it as Thai). The text is served with its charset, so that a reader's
 * browser shows the characters that were uploaded.
 */
public final class TextCharset {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The encodings besides UTF-8 and UTF-16 in which the platform's Chinese and English users export chats. */
    private static final Set<Charset> EXPORTED_IN = Set.of(GB18030, Charset.forName("Big5"), WINDOWS_1252,
            StandardCharsets.ISO_8859_1);
    /** A character cut at the head's end leaves at most this many of its bytes (the longest, in GB18030, has 4). */
    private static final int CUT_CHARACTER = 3;

    private TextCharset() {
    }

    public static Charset of(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return StandardCharsets.UTF_16; // decodes either byte order by its mark
        }
        if (decoded(StandardCharsets.UTF_8, head, length) != null) {
            return StandardCharsets.UTF_8;
        }
        Charset detected = detected(head, length);
        if (detected != null && EXPORTED_IN.contains(detected) && decoded(detected, head, length) != null) {
            return detected;
        }
        // Unsure: the usual encoding of a Chinese export if it is one, else one in which every byte is a character.
        return decoded(GB18030, head, length) != null ? GB18030 : WINDOWS_1252;
    }

    /**
     * The head as text in the charset, or {@code null} when it is not text in it. A head as long as the sniffer reads
     * may end inside a character, cut from the rest of the file: that is not held against it.
     */
    public static CharBuffer decoded(Charset charset, byte[] head, int length) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, 0, length);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(length * (double) decoder.maxCharsPerByte()) + 1);
        boolean cut = length >= ContentSniffer.HEAD_BYTES;
        CoderResult result = decoder.decode(in, out, !cut);
        if (result.isError() || result.isOverflow()) {
            return null;
        }
        if (cut ? in.remaining() > CUT_CHARACTER : decoder.flush(out).isError()) {
            return null;
        }
        return out.flip();
    }

    private static Charset detected(byte[] head, int length) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(head, 0, length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        try {
            return name != null && Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }
}
