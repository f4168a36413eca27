package org.arbiter.evidence;

/** Which stored bytes to send a reader, as what, and under which generated file name. */
public record EvidenceContent(String sha256, String mediaType, String fileName) {
}
