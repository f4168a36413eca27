package org.arbiter.api.evidence;

import java.time.Instant;

import org.arbiter.api.vocabulary.EvidenceSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A note on a piece of evidence. Staff notes are never shown to the parties; the custody chain records them
 * by the SHA-256 of their text ({@code noteSha256}), so they are provable without being disclosed.
 */
@Schema(name = "EvidenceAnnotation")
public record EvidenceAnnotationView(
        long id,
        long evidenceId,
        String author,
        EvidenceSource side,
        boolean staffOnly,
        String note,
        @Schema(description = "How many identity or bank-card numbers were masked in the note before it was stored")
        int maskedNumbers,
        String noteSha256,
        Instant createdAt) {
}
