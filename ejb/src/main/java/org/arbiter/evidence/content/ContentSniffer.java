package org.arbiter.evidence.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import org.apache.tika.detect.Detector;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import org.arbiter.shared.InvalidRequestException;

/**
 * Decides what an upload is from its first bytes, with Tika's detector (magic numbers, XML root elements,
 * text detection); the client's file name and content type play no part. Only images, videos, PDF and plain
 * text or JSON chat exports are accepted; everything else — executables whatever their name, HTML, SVG, XML,
 * archives, scripts — is refused. Text that opens like markup or a script is refused too: a browser could
 * still run it.
 */
public final class ContentSniffer {

    /** How many first bytes the sniffer needs; callers read this much before deciding. */
    public static final int HEAD_BYTES = 65536;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * How a browser recognises markup at the start of a file (the HTML signatures of the WHATWG MIME Sniffing
     * standard, a tag name followed by a space, "&gt;" or "/"; any document type; and XML, which SVG is). A chat
     * log's "&lt;alice&gt; hi" or "&lt;系统消息&gt;" is none of these.
     */
    private static final Pattern MARKUP = Pattern.compile("<(?:(?:HTML|HEAD|SCRIPT|IFRAME|H1|DIV|FONT|TABLE|A|STYLE|TITLE|B|"
            + "BODY|BR|P|SVG|MATH|OBJECT|EMBED)(?=[\\s>/])|!DOCTYPE|!--|\\?xml)", Pattern.CASE_INSENSITIVE);

    private static final JsonFactory JSON = new JsonFactory();

    private static final Map<String, EvidenceFamily> ACCEPTED = Map.ofEntries(
            Map.entry("image/jpeg", EvidenceFamily.IMAGE),
            Map.entry("image/png", EvidenceFamily.IMAGE),
            Map.entry("image/gif", EvidenceFamily.IMAGE),
            Map.entry("image/webp", EvidenceFamily.IMAGE),
            Map.entry("image/heic", EvidenceFamily.IMAGE),
            Map.entry("image/heif", EvidenceFamily.IMAGE),
            Map.entry("video/mp4", EvidenceFamily.VIDEO),
            Map.entry("video/quicktime", EvidenceFamily.VIDEO),
            Map.entry("video/webm", EvidenceFamily.VIDEO),
            Map.entry("video/x-matroska", EvidenceFamily.VIDEO),
            Map.entry("video/3gpp", EvidenceFamily.VIDEO),
            Map.entry("video/x-m4v", EvidenceFamily.VIDEO),
            Map.entry("application/pdf", EvidenceFamily.DOCUMENT),
            Map.entry("text/plain", EvidenceFamily.TEXT));

    private static final java.util.Set<String> MP4_BRANDS =
            java.util.Set.of("isom", "iso2", "iso4", "iso5", "iso6", "avc1", "mp41", "mp42", "dash", "MSNV");

    private static final String ACCEPTED_TEXT =
            "photos (JPEG, PNG, GIF, WebP, HEIC), videos (MP4, MOV, WebM, MKV, 3GP), PDF, plain-text or JSON chat exports";

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /**
     * @throws UnsupportedEvidenceTypeException for anything not accepted
     * @throws InvalidRequestException          for an empty upload: no file at all, not a file of the wrong type
     */
    public SniffedMedia sniff(byte[] head, int length) {
        if (length <= 0) {
            throw new InvalidRequestException("content", "is empty: the file itself is the request body");
        }
        String type = detect(head, length);
        Optional<Charset> asText = Optional.empty();
        if (type.equals("application/octet-stream")) {
            // Tika's text detector knows ASCII and UTF-8 well but gives up on Chinese chat exports in GB18030.
            asText = TextCharset.ofHead(head, length);
            type = asText.isPresent() ? "text/plain" : type;
        }
        type = refinedVideo(type, head, length);
        EvidenceFamily family = ACCEPTED.get(type);
        if (family == null) {
            throw refused(type);
        }
        if (family == EvidenceFamily.TEXT) {
            // What Tika calls text is read as text here too: a byte order mark in front of binary bytes is not.
            Charset charset = asText.or(() -> TextCharset.ofHead(head, length))
                    .orElseThrow(() -> refused("application/octet-stream"));
            return text(head, length, charset);
        }
        return new SniffedMedia(type, family);
    }

    private String detect(byte[] head, int length) {
        try (ByteArrayInputStream in = new ByteArrayInputStream(head, 0, length)) {
            MediaType detected = detector.detect(in, new Metadata());
            return detected.getBaseType().toString().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tika's magic names every ISO base media file that is not {@code mp41}/{@code mp42} QuickTime, and every
     * EBML file Matroska; phones write {@code isom} MP4s and browsers WebM, and a browser plays them only
     * under their own names.
     */
    private static String refinedVideo(String type, byte[] head, int length) {
        if (type.equals("video/quicktime") && length >= 12) {
            String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
            if (MP4_BRANDS.contains(brand)) {
                return "video/mp4";
            }
        }
        if (type.equals("application/x-matroska")) {
            String header = new String(head, 0, Math.min(length, 64), StandardCharsets.ISO_8859_1);
            return header.contains("webm") ? "video/webm" : "video/x-matroska";
        }
        return type;
    }

    /**
     * Plain text, unless it opens like markup or a script; JSON when it is a JSON object or array in UTF-8, the
     * encoding JSON is exchanged in. Which charset the whole file is in is the inspector's to say, once it is
     * stored: its head may be ASCII and its rest not.
     *
     * @param charset the charset the head reads as
     */
    private static SniffedMedia text(byte[] head, int length, Charset charset) {
        String opening = openingOf(new String(head, 0, length, charset));
        refuseMarkup(opening);
        // Markup is refused in the ones it might be mistaken for too: "\xA1\xA1<" is "¡¡<" in windows-1252 and an
        // ideographic space before the markup in GB18030 ("\xA1\x40<" in Big5).
        for (Charset reading : List.of(StandardCharsets.UTF_8, GB18030, BIG5, WINDOWS_1252)) {
            if (!reading.equals(charset)) {
                refuseMarkup(openingOf(new String(head, 0, length, reading)));
            }
        }
        if (charset.equals(StandardCharsets.UTF_8) && (opening.startsWith("{") || opening.startsWith("["))
                && readsAsJson(head, length)) {
            return new SniffedMedia("application/json", EvidenceFamily.TEXT);
        }
        return new SniffedMedia("text/plain", EvidenceFamily.TEXT);
    }

    private static void refuseMarkup(String opening) {
        if (MARKUP.matcher(opening).lookingAt()) {
            throw refused("text/html");
        }
        if (opening.startsWith("#!")) {
            throw refused("application/x-sh");
        }
    }

    /**
     * The text from its first character that is not white space of any kind: spaces of every width (no-break,
     * ideographic), invisible formatting characters (zero-width space, byte order mark) and line breaks.
     */
    private static String openingOf(String text) {
        int first = 0;
        while (first < text.length() && isBlank(text.charAt(first))) {
            first++;
        }
        return text.substring(first);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /**
     * Whether the head parses as JSON as far as it goes: a chat log whose lines open with "[2026-11-05 10:00]" starts
     * like an array, and is text. Running out of head is no fault (the file goes on); any other parse error is.
     */
    private static boolean readsAsJson(byte[] head, int length) {
        // The parser skips a byte order mark and white space itself.
        try (JsonParser parser = JSON.createParser(head, 0, length)) {
            while (parser.nextToken() != null) {
                // every token up to the end of what was read
            }
            return true;
        } catch (JsonProcessingException e) {
            // Cut off by the head: the parser fails at its very end ("end-of-input within Array entries").
            return e instanceof JsonEOFException
                    || e.getLocation() != null && e.getLocation().getByteOffset() >= length;
        } catch (IOException notJson) {
            return false;
        }
    }

    private static UnsupportedEvidenceTypeException refused(String type) {
        return new UnsupportedEvidenceTypeException(type,
                "files of type " + type + " are not accepted as evidence; accepted: " + ACCEPTED_TEXT);
    }
}
