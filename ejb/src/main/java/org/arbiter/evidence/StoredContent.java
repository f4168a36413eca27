package org.arbiter.evidence;

import java.time.Instant;

/**
 * What the platform established about uploaded bytes: their hash and size in the store, the media type
 * sniffed from them, when the content says it was captured, whether it carries a location, and the hash of
 * the copy without location the other party sees (null when there is no such copy).
 */
public record StoredContent(String sha256, long sizeBytes, String mediaType, Instant capturedAt,
                            String capturedAtNote, boolean hasLocation, String sharedSha256) {
}
