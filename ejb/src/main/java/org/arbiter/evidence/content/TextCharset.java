package org.arbiter.evidence.content;

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
 * The encoding a text export is written in, or none when it is not text: the first of these that reads it as text
 * (below):
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
 * A file reads as text in a charset when it has no NUL (a binary file has them, whichever charset it is read in)
 * and, in every 8 KiB, at most a few bytes that are not characters in it and a few control characters other than
 * tab, line breaks and form feed: a message pasted from a word processor may carry a vertical tab, an export cut
 * off may end inside a character, and one stray byte does not make a chat export something else.
 * The text is stored and served with it, so that a reader's browser shows the characters that were uploaded.
 */
public final class TextCharset {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The share of a GB18030 text's two-byte characters that GB2312 must hold for it to be read as Chinese. */
    private static final double CHINESE_SHARE = 0.8;
    /** How many stray bytes, and how many control characters, a text may have in each stretch of CHUNK bytes. */
    private static final int TOLERATED_PER_STRETCH = 8;
    /** A stray byte is forgiven among at least this many characters the charset reads beyond ASCII. */
    private static final int STRAY_EVIDENCE = 10;
    /** The detector has read its frequencies long before this; it need not read a 50 MiB file to its end. */
    private static final int DETECTOR_BYTES = 1 << 20;
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

    /**
     * What reading the bytes in a charset found, counted as it goes: stray bytes and control characters must be
     * rare in every stretch of the text, not only on average (a long text head does not make a garbage tail text).
     */
    private static final class Reading {
        long nonAscii;
        long strayBytes;
        int strayBytesHere;
        int controlsHere;
        boolean nul;
        boolean denseHere;

        void count(CharBuffer decoded) {
            decoded.flip();
            while (decoded.hasRemaining()) {
                char c = decoded.get();
                if (c >= 0x80) {
                    nonAscii++;
                } else if (c == 0) {
                    nul = true;
                } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                    controlsHere++;
                }
            }
            decoded.clear();
        }

        void strayByte() {
            strayBytes++;
            strayBytesHere++;
        }

        /** Closes a stretch of the text (a chunk read): it may hold only a few stray bytes and controls. */
        void endOfStretch() {
            denseHere |= strayBytesHere > TOLERATED_PER_STRETCH || controlsHere > TOLERATED_PER_STRETCH;
            strayBytesHere = 0;
            controlsHere = 0;
        }

        /**
         * Stray bytes are forgiven only among many characters the charset does read beyond ASCII: a few accented
         * letters of a Western export are stray bytes in UTF-8, and nothing in it is UTF-8 but its ASCII.
         */
        boolean isText() {
            return !nul && !denseHere && (strayBytes == 0 || nonAscii >= STRAY_EVIDENCE * strayBytes);
        }
    }

    /**
     * Whether the bytes read as text in the charset. A file that is not text from its start is given up on as soon
     * as that shows, not read to its end.
     */
    private static boolean readsAsText(Charset charset, Bytes bytes) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // A head cut from the rest of its file ends the decoding without its last, incomplete character.
        boolean toTheEnd = !bytes.mayEndInsideACharacter();
        Reading reading = new Reading();
        byte[] chunk = new byte[CHUNK];
        ByteBuffer in = ByteBuffer.allocate(2 * CHUNK);
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
                    result = decoder.decode(in, out, end && toTheEnd);
                    reading.count(out);
                    if (result.isError()) {
                        reading.strayByte();
                        in.position(in.position() + result.length());
                    }
                } while (result.isError() || result.isOverflow());
                in.compact();
                reading.endOfStretch();
                if (reading.nul || reading.denseHere) {
                    return false;
                }
            }
            if (toTheEnd) {
                decoder.flush(out);
                reading.count(out);
                reading.endOfStretch();
            }
        }
        return reading.isText();
    }

    /**
     * Whether, read as GB18030, most of the bytes' two-byte characters are GB2312's. A two-byte character has a lead
     * byte 81-FE and a second byte outside 30-39, which makes it four bytes long (emoji, rare characters: counted
     * neither way). Random high bytes are half GB2312's: a garbage tail does not pass for Chinese.
     */
    private static boolean mostlyGb2312(Bytes bytes) throws IOException {
        long twoByte = 0;
        long gb2312 = 0;
        long fourByte = 0;
        int lead = -1;
        int fourByteRest = 0;
        byte[] chunk = new byte[CHUNK];
        try (InputStream in = bytes.open()) {
            int read;
            while ((read = in.read(chunk)) > 0) {
                for (int i = 0; i < read; i++) {
                    int b = chunk[i] & 0xFF;
                    if (fourByteRest > 0) {
                        fourByteRest--;
                    } else if (lead >= 0) {
                        if (b >= 0x30 && b <= 0x39) {
                            fourByteRest = 2;
                            fourByte++;
                        } else {
                            twoByte++;
                            if (lead >= 0xA1 && lead <= 0xF7 && b >= 0xA1 && b <= 0xFE) {
                                gb2312++;
                            }
                        }
                        lead = -1;
                    } else if (b >= 0x81 && b <= 0xFE) {
                        lead = b;
                    }
                }
            }
        }
        // A text of ASCII and emoji only has four-byte characters and no two-byte ones.
        return twoByte > 0 ? gb2312 >= CHINESE_SHARE * twoByte : fourByte > 0;
    }

    /** The detector's reading, or null when it has none or names a charset this JVM does not know. */
    private static Charset detected(Bytes bytes) throws IOException {
        UniversalDetector detector = new UniversalDetector();
        byte[] chunk = new byte[CHUNK];
        long fed = 0;
        try (InputStream in = bytes.open()) {
            int read;
            while (!detector.isDone() && fed < DETECTOR_BYTES && (read = in.read(chunk)) > 0) {
                detector.handleData(chunk, 0, read);
                fed += read;
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
