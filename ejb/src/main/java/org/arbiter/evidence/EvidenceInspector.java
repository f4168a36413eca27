package org.arbiter.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arbiter.evidence.content.ChatSpan;
import org.arbiter.evidence.content.ChatTimestamps;
import org.arbiter.evidence.content.ContentSniffer;
import org.arbiter.evidence.content.ImageEnd;
import org.arbiter.evidence.content.LocationStripper;
import org.arbiter.evidence.content.PhotoFacts;
import org.arbiter.evidence.content.PhotoMetadata;
import org.arbiter.evidence.content.SniffedMedia;
import org.arbiter.evidence.content.TextCharset;
import org.arbiter.evidence.content.UnsupportedEvidenceTypeException;

/**
 * Looks at uploaded bytes: what they are (before they are stored), and once stored, when they were captured
 * and whether they reveal a location. A photo with a location gets a second, stripped copy in the store for
 * the other party; a photo whose location cannot be removed (WebP, HEIC, unreadable metadata) gets none and
 * is shown to the other party not at all.
 */
@ApplicationScoped
public class EvidenceInspector {

    static final int HEAD_BYTES = ContentSniffer.HEAD_BYTES;

    private final ContentSniffer sniffer = new ContentSniffer();
    private final LocationStripper stripper = new LocationStripper();

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceSettings settings;

    @Inject
    Clock clock;

    /** @throws org.arbiter.evidence.content.UnsupportedEvidenceTypeException (415) for what is not evidence */
    SniffedMedia sniff(byte[] head) {
        return sniffer.sniff(head, head.length);
    }

    /**
     * The facts of the stored bytes. A stripped copy this writes is added to {@code written}, so that it is
     * removed again when the upload fails later.
     */
    StoredContent inspect(StoredBlob blob, SniffedMedia media, List<StoredBlob> written) throws IOException {
        return switch (media.family()) {
            case IMAGE -> photo(blob, media.mediaType(), written);
            case TEXT -> chat(blob, media.mediaType());
            case VIDEO, DOCUMENT -> plain(blob, media.mediaType());
        };
    }

    private static StoredContent plain(StoredBlob blob, String mediaType) {
        return new StoredContent(blob.sha256(), blob.sizeBytes(), mediaType, null, null, false, null);
    }

    private StoredContent photo(StoredBlob blob, String mediaType, List<StoredBlob> written) throws IOException {
        PhotoFacts facts = withStoredFile(blob, file -> PhotoMetadata.read(file, mediaType, settings.localZone()));
        // What follows the image (a motion photo's video, an appended file) may carry a location of its own.
        boolean mayRevealLocation = facts.mayRevealLocation() || withStoredFile(blob, file -> {
            try {
                return ImageEnd.hasTrailer(file, mediaType);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String sharedSha256 = null;
        if (mayRevealLocation && stripper.canStrip(mediaType)) {
            sharedSha256 = strippedCopy(blob, mediaType, written);
        }
        return new StoredContent(blob.sha256(), blob.sizeBytes(), mediaType, facts.capturedAt(),
                facts.capturedAtNote(), mayRevealLocation, sharedSha256);
    }

    /** The hash of the copy without location, or null when the photo cannot be rewritten. */
    private String strippedCopy(StoredBlob blob, String mediaType, List<StoredBlob> written) throws IOException {
        Path stripped = Files.createTempFile("arbiter-stripped-", ".tmp");
        try {
            boolean done = withStoredFile(blob, file -> {
                try {
                    stripper.strip(file, mediaType, stripped);
                    return true;
                } catch (IOException e) {
                    return false; // kept from the other party instead
                }
            });
            if (!done) {
                return null;
            }
            try (InputStream copy = Files.newInputStream(stripped)) {
                StoredBlob shared = store.put(copy, Long.MAX_VALUE);
                if (shared.created()) {
                    written.add(shared);
                }
                return shared.sha256();
            }
        } finally {
            Files.deleteIfExists(stripped);
        }
    }

    /**
     * A chat export: its charset is judged on the whole file, now that it is stored (a head in ASCII says nothing of
     * the Chinese after it, a text head nothing of binary bytes after it), and its messages are dated.
     *
     * @throws UnsupportedEvidenceTypeException (415) when it is not text throughout
     */
    private StoredContent chat(StoredBlob blob, String sniffedType) throws IOException {
        record Chat(Optional<Charset> charset, Optional<ChatSpan> span) {
        }
        Chat chat = withStoredFile(blob, file -> {
            try {
                Optional<Charset> charset = TextCharset.ofFile(file);
                if (charset.isEmpty()) {
                    return new Chat(charset, Optional.empty());
                }
                try (InputStream text = Files.newInputStream(file)) {
                    return new Chat(charset,
                            ChatTimestamps.scan(text, charset.get(), settings.localZone(), clock.instant()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Charset charset = chat.charset().orElseThrow(() -> new UnsupportedEvidenceTypeException(
                "application/octet-stream", "the file is not text throughout: after its start come bytes no text has; "
                + "accepted as text: plain-text or JSON chat exports"));
        // JSON is exchanged in UTF-8; a JSON export in another encoding is the text it is.
        String mediaType = sniffedType.equals("application/json") && charset.equals(StandardCharsets.UTF_8)
                ? sniffedType : "text/plain; charset=" + charset.name();
        Optional<ChatSpan> span = chat.span();
        return new StoredContent(blob.sha256(), blob.sizeBytes(), mediaType,
                span.map(ChatSpan::first).orElse(null),
                span.map(s -> s.describe(settings.localZone().getId())).orElse(null), false, null);
    }

    private <T> T withStoredFile(StoredBlob blob, java.util.function.Function<Path, T> inspection) throws IOException {
        try {
            return store.withFile(blob.sha256(), inspection);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
