package org.arbiter.api.custody;

import java.time.Instant;
import java.util.List;

import org.arbiter.api.vocabulary.CustodyEventType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One custody event. {@code entry} is the canonical text that was hashed: the next entry's {@code prev}
 * line holds its SHA-256, and its leaf in the global log is SHA-256(0x00 || entry). The proof is empty
 * until the log has sequenced the entry (within a second or so).
 */
@Schema(name = "CustodyEntry")
public record CustodyEntryView(
        long seq,
        CustodyEventType event,
        Long evidenceId,
        String actor,
        Instant at,
        String entry,
        String entryHash,
        String leafHash,
        Long leafIndex,
        List<String> auditPath) {
}
