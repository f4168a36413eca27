package org.arbiter.cases;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of the queue ended: the last case's deadline and id. The next page starts strictly after
 * it, so paging is stable while cases are added and costs the same on page 1 and page 10,000. Opaque to
 * clients (URL-safe base64).
 */
public record QueueCursor(Instant deadline, long caseId) {

    private static final byte VERSION = 1;

    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(1 + 8 + 4 + 8);
        bytes.put(VERSION).putLong(deadline.getEpochSecond()).putInt(deadline.getNano()).putLong(caseId);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** @return the cursor, or empty when the text is not one this server wrote */
    public static Optional<QueueCursor> decode(String text) {
        if (text == null || text.length() > 64) {
            return Optional.empty();
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(text));
            if (bytes.remaining() != 21 || bytes.get() != VERSION) {
                return Optional.empty();
            }
            long seconds = bytes.getLong();
            int nanos = bytes.getInt();
            long id = bytes.getLong();
            if (nanos < 0 || nanos > 999_999_999 || id < 0) {
                return Optional.empty();
            }
            return Optional.of(new QueueCursor(Instant.ofEpochSecond(seconds, nanos), id));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
