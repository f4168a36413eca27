package org.arbiter.evidence;

/** Bytes now in the store: their hash, their size, and whether this put wrote them (false: already there). */
public record StoredBlob(String sha256, long sizeBytes, boolean created) {
}
