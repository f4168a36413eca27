package org.arbiter.api.evidence;

import java.time.Instant;

import org.arbiter.api.vocabulary.EvidenceSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A note on a piece of evidence. Staff notes are never shown to the parties; the custody chain records them by
 * {@code noteSha256}, the SHA-256 of {@code noteSalt}, a colon and the note (UTF-8), so they are provable without being
 * disclosed and cannot be guessed from the chain. A party's note, and a staff note from before salts, has no salt and
 * {@code noteSha256} is the SHA-256 of the note alone.
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
        @Schema(description = "The random salt of a staff note's commitment (staff only see staff notes)")
        String noteSalt,
        Instant createdAt) {
}
