package org.arbiter.api.evidence;

import java.time.Instant;

import org.arbiter.api.vocabulary.EvidenceKind;
import org.arbiter.api.vocabulary.EvidenceMark;
import org.arbiter.api.vocabulary.EvidenceSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One piece of evidence as the caller may see it. {@code sha256} identifies the original bytes; a party
 * looking at the other side's photo downloads a copy without location data, whose hash is
 * {@code sharedSha256}. {@code mediaType} is sniffed from the bytes; a text export's names the charset it is
 * written in and served with ({@code text/plain; charset=GB18030}).
 */
@Schema(name = "Evidence")
public record EvidenceView(
        long id,
        String caseNumber,
        EvidenceKind kind,
        String caption,
        String mediaType,
        long sizeBytes,
        String sha256,
        String sharedSha256,
        EvidenceSource source,
        String submittedBy,
        Instant submittedAt,
        boolean staffOnly,
        @Schema(description = "When the content says it was captured (photo EXIF, first chat message)")
        Instant capturedAt,
        String capturedAtNote,
        boolean locationRemovedForOtherParty,
        @Schema(description = "A photo whose location could not be removed: the other party cannot download it")
        boolean withheldFromOtherParty,
        Instant withdrawnAt,
        String withdrawnReason,
        EvidenceMark mark,
        String markedBy,
        Instant markedAt,
        String markReason,
        String contentUrl) {
}
