package org.arbiter.cases;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of the queue ended: the last case's deadline and id. The next page starts strictly after
 * it, so paging is stable while cases are added and costs the same on page 1 and page 10,000. It also carries
 * the fingerprint of the query it came from ({@link QueueFilter#fingerprint()}): a position in one filtered
 * list means nothing in another, and would answer an empty or partial page as if it were the rest. Opaque to
 * clients (URL-safe base64).
 */
public record QueueCursor(Instant deadline, long caseId, int query) {

    /** Version 1 had no query fingerprint; such cursors are not read any more. */
    private static final byte VERSION = 2;
    private static final int LENGTH = 1 + 8 + 4 + 8 + 4;

    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(LENGTH);
        bytes.put(VERSION).putLong(deadline.getEpochSecond()).putInt(deadline.getNano()).putLong(caseId).putInt(query);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** Whether this cursor was handed out for a page of this query. */
    public boolean belongsTo(QueueFilter filter) {
        return query == filter.fingerprint();
    }

    /** @return the cursor, or empty when the text is not one this server wrote */
    public static Optional<QueueCursor> decode(String text) {
        if (text == null || text.length() > 64) {
            return Optional.empty();
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(text));
            if (bytes.remaining() != LENGTH || bytes.get() != VERSION) {
                return Optional.empty();
            }
            long seconds = bytes.getLong();
            int nanos = bytes.getInt();
            long id = bytes.getLong();
            int query = bytes.getInt();
            if (nanos < 0 || nanos > 999_999_999 || id < 0) {
                return Optional.empty();
            }
            return Optional.of(new QueueCursor(Instant.ofEpochSecond(seconds, nanos), id, query));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
