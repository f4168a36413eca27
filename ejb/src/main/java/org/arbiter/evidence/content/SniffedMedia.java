package org.arbiter.evidence.content;

/** The media type the bytes showed, and its family. */
public record SniffedMedia(String mediaType, EvidenceFamily family) {
}
