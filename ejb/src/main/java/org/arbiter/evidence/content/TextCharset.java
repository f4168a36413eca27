package org.arbiter.evidence.content;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * The encoding a text export is written in, or none when it is not text: the first of these that reads the whole
 * of it strictly, without control characters other than tab, line breaks and form feed (a binary file has them,
 * whichever charset it is read in):
 * <ol>
 * <li>the encoding its byte order mark names (UTF-8, or UTF-16 as Windows Notepad's "Unicode" writes it), and no
 * other: a mark in front of a binary file does not make it text;</li>
 * <li>UTF-8 (ASCII is);</li>
 * <li>Big5, when Mozilla's universal detector (juniversalchardet, which Tika wraps too) reads it in the text's
 * character frequencies: a traditional-Chinese export from Windows;</li>
 * <li>GB18030, the usual encoding of a simplified-Chinese export from Windows, when its characters are mostly
 * those of GB2312 — both bytes of each in A1-FE. Much Western text is valid GB18030 byte for byte ("ü" and the
 * letter after it make a rare Chinese character), so validity alone does not tell; the detector does not either
 * (long German text reads to it as Mac Cyrillic, two Chinese characters as Thai);</li>
 * <li>windows-1252, for a Western export.</li>
 * </ol>
 * The text is stored and served with it, so that a reader's browser shows the characters that were uploaded.
 */
public final class TextCharset {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A character cut at a head's end leaves at most this many of its bytes (the longest, in GB18030, has 4). */
    private static final int CUT_CHARACTER = 3;
    /** The share of a GB18030 text's non-ASCII characters that GB2312 must hold for it to be read as Chinese. */
    private static final double CHINESE_SHARE = 0.8;
    private static final int CHUNK = 8192;

    private TextCharset() {
    }

    /** What is read of the text: its whole, or a head that may end inside a character cut from the rest. */
    private interface Bytes {
        InputStream open() throws IOException;

        boolean mayEndInsideACharacter();
    }

    /** The charset of a file's head, as the sniffer reads it (a head as long as it reads may be cut from the rest). */
    public static Optional<Charset> ofHead(byte[] head, int length) {
        Bytes bytes = new Bytes() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(head, 0, length);
            }

            @Override
            public boolean mayEndInsideACharacter() {
                return length >= ContentSniffer.HEAD_BYTES;
            }
        };
        try {
            return of(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory failed", e);
        }
    }

    /** The charset of a whole stored file: what comes after its head counts too. */
    public static Optional<Charset> ofFile(Path file) throws IOException {
        return of(new Bytes() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public boolean mayEndInsideACharacter() {
                return false;
            }
        });
    }

    private static Optional<Charset> of(Bytes bytes) throws IOException {
        Optional<Charset> marked = byItsMark(bytes);
        if (marked.isPresent()) {
            return readsAsText(marked.get(), bytes) ? marked : Optional.empty();
        }
        if (readsAsText(StandardCharsets.UTF_8, bytes)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (BIG5.equals(detected(bytes)) && readsAsText(BIG5, bytes)) {
            return Optional.of(BIG5);
        }
        if (mostlyGb2312(bytes) && readsAsText(GB18030, bytes)) {
            return Optional.of(GB18030);
        }
        return readsAsText(WINDOWS_1252, bytes) ? Optional.of(WINDOWS_1252) : Optional.empty();
    }

    private static Optional<Charset> byItsMark(Bytes bytes) throws IOException {
        byte[] mark;
        try (InputStream in = bytes.open()) {
            mark = in.readNBytes(3);
        }
        if (mark.length >= 3 && (mark[0] & 0xFF) == 0xEF && (mark[1] & 0xFF) == 0xBB && (mark[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (mark.length >= 2 && ((mark[0] & 0xFF) == 0xFF && (mark[1] & 0xFF) == 0xFE
                || (mark[0] & 0xFF) == 0xFE && (mark[1] & 0xFF) == 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16); // decodes either byte order by its mark
        }
        return Optional.empty();
    }

    /** Whether the bytes decode strictly in the charset, to characters a text has. */
    private static boolean readsAsText(Charset charset, Bytes bytes) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean cut = bytes.mayEndInsideACharacter();
        byte[] chunk = new byte[CHUNK];
        ByteBuffer in = ByteBuffer.allocate(CHUNK + CUT_CHARACTER + 1);
        CharBuffer out = CharBuffer.allocate(2 * CHUNK);
        try (InputStream stream = bytes.open()) {
            boolean end = false;
            while (!end) {
                int read = stream.read(chunk);
                end = read < 0;
                if (!end) {
                    in.put(chunk, 0, read);
                }
                in.flip();
                CoderResult result;
                do {
                    result = decoder.decode(in, out, end && !cut);
                    if (result.isError() || !onlyTextIn(out)) {
                        return false;
                    }
                } while (result.isOverflow());
                in.compact();
            }
            if (cut) {
                return in.position() <= CUT_CHARACTER;
            }
            return !decoder.flush(out).isError() && onlyTextIn(out);
        }
    }

    /** Checks and empties what was decoded so far. */
    private static boolean onlyTextIn(CharBuffer decoded) {
        decoded.flip();
        while (decoded.hasRemaining()) {
            char c = decoded.get();
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                return false;
            }
        }
        decoded.clear();
        return true;
    }

    /**
     * Whether, read as GB18030, most of the bytes' non-ASCII characters are GB2312's, and there is one at least. A
     * two-byte character has a lead byte 81-FE and a second byte outside 30-39 (which makes it four bytes long).
     */
    private static boolean mostlyGb2312(Bytes bytes) throws IOException {
        long characters = 0;
        long gb2312 = 0;
        try (InputStream in = new BufferedInputStream(bytes.open(), CHUNK)) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b < 0x80) {
                    continue;
                }
                int second = in.read();
                if (second < 0) {
                    break;
                }
                characters++;
                if (second >= 0x30 && second <= 0x39) {
                    in.read(); // a four-byte character: neither GB2312's nor ASCII
                    in.read();
                } else if (b >= 0xA1 && b <= 0xF7 && second >= 0xA1 && second <= 0xFE) {
                    gb2312++;
                }
            }
        }
        return characters > 0 && gb2312 >= CHINESE_SHARE * characters;
    }

    /** The detector's reading, or null when it has none or names a charset this JVM does not know. */
    private static Charset detected(Bytes bytes) throws IOException {
        UniversalDetector detector = new UniversalDetector();
        byte[] chunk = new byte[CHUNK];
        try (InputStream in = bytes.open()) {
            int read;
            while (!detector.isDone() && (read = in.read(chunk)) > 0) {
                detector.handleData(chunk, 0, read);
            }
        }
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        try {
            return name != null && Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
