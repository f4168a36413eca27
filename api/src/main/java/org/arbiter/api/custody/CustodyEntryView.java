package org.arbiter.api.custody;

import java.time.Instant;
import java.util.List;

import org.arbiter.api.vocabulary.CustodyEventType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One custody event. {@code entry} is the canonical text that was hashed: the next entry's {@code prev}
 * line holds its SHA-256, and its leaf in the global log is SHA-256(0x00 || entry). The proof is empty
 * until the log has sequenced the entry (within a second or so).
 *
 * <p>A party is not shown what staff keep to themselves: an entry about evidence kept to staff, or recording a staff
 * note, comes to a party {@code redacted}, without its text, evidence id and actor. (A staff note is committed to
 * with a random salt, so its entry's hashes give nothing away either; staff notes from before salts were not.) Its hashes and proof remain, so the party can still
 * check that the chain links up (the next entry's {@code prev} is this {@code entryHash}) and that the leaf is
 * in the signed log.
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
        List<String> auditPath,
        @Schema(description = "true when the entry concerns evidence kept to staff or records a staff note, and the "
                + "caller is a party: entry, evidenceId and actor are left out")
        boolean redacted) {
}
