package org.arbiter.evidence.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The encoding of a text export, judged on its head: a byte order mark names it (UTF-8, or UTF-16 as Windows
 * Notepad's "Unicode" writes it); else UTF-8 when the head decodes as UTF-8 (ASCII does), else GB18030 (the usual
 * encoding of Chinese exports on Windows) when it decodes as that, else windows-1252, in which every byte is a
 * character. The text is served with it, so that a reader's browser shows the characters that were uploaded.
 */
public final class TextCharset {

    /** The encodings a text without a byte order mark is read in, the first that fits. */
    static final List<Charset> WITHOUT_A_MARK = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A multi-byte character may be cut at the head's end; GB18030's longest is four bytes. */
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
        for (Charset candidate : WITHOUT_A_MARK) {
            if (decoded(candidate, head, length) != null) {
                return candidate;
            }
        }
        return WINDOWS_1252;
    }

    /**
     * The head as text in the charset, or {@code null} when it is not text in it; a character cut at the head's end
     * is not held against it.
     */
    static CharBuffer decoded(Charset charset, byte[] head, int length) {
        int checked = length < ContentSniffer.HEAD_BYTES ? length : Math.max(0, length - CUT_CHARACTER);
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, checked));
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
