package org.arbiter.evidence.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the timestamps in a chat export — plain text as the messaging apps export it, or JSON — and reports
 * the span they cover. The text is scanned in fixed-size windows, so a 50 MB export on a single line costs no
 * more memory than a short one. Recognised: ISO-8601 and the common {@code 2026-11-03 14:05[:09]},
 * {@code 2026/11/03 14:05}, {@code 2026.11.03 14:05} and {@code 2026年11月3日 14:05} forms, with an optional
 * offset; and epoch seconds or milliseconds in JSON fields named like a time. Times outside 2000..now+1 day
 * are ignored: they are order numbers or typos, not messages.
 */
public final class ChatTimestamps {

    private static final int WINDOW = 65536;
    /** Longer than any timestamp this class matches, so none is lost at a window's edge. */
    private static final int OVERLAP = 64;

    private static final Pattern CALENDAR = Pattern.compile(
            "(?<!\\d)(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[T ]|\\s{0,3})(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "(?:[.,]\\d{1,9})?\\s?(Z|[+-]\\d{2}:?\\d{2})?(?!\\d)");

    private static final Pattern EPOCH = Pattern.compile(
            "\"(?:time|timestamp|ts|date|sent_?at|sentAt|create_?time|createTime|created_?at|createdAt|msg_?time)\""
                    + "\\s{0,8}:\\s{0,8}\"?(\\d{13}|\\d{10})(?!\\d)", Pattern.CASE_INSENSITIVE);

    private static final Instant EARLIEST_PLAUSIBLE = Instant.parse("2000-01-01T00:00:00Z");

    private ChatTimestamps() {
    }

    /** The span, or empty when the export holds no recognisable timestamp. */
    public static Optional<ChatSpan> scan(InputStream text, Charset charset, ZoneId localZone, Instant now)
            throws IOException {
        Scan scan = new Scan(localZone, now.plusSeconds(86_400));
        Reader reader = new InputStreamReader(text, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        char[] buffer = new char[OVERLAP + WINDOW];
        int length = 0;
        while (true) {
            int read = reader.read(buffer, length, buffer.length - length);
            boolean end = read < 0;
            if (!end) {
                length += read;
            }
            if (end || length == buffer.length) {
                // Matches starting in the last OVERLAP characters wait for the next window, where they are whole.
                scan.window(CharBuffer.wrap(buffer, 0, length), end ? length : length - OVERLAP);
                if (end) {
                    break;
                }
                System.arraycopy(buffer, length - OVERLAP, buffer, 0, OVERLAP);
                length = OVERLAP;
            }
        }
        return scan.span();
    }

    private static final class Scan {
        private final ZoneId localZone;
        private final Instant latestPlausible;
        private Instant first;
        private Instant last;
        private int count;
        private boolean zoneAssumed;

        Scan(ZoneId localZone, Instant latestPlausible) {
            this.localZone = localZone;
            this.latestPlausible = latestPlausible;
        }

        /** Takes the matches that start before {@code limit}. */
        void window(CharSequence text, int limit) {
            Matcher calendar = CALENDAR.matcher(text);
            while (calendar.find() && calendar.start() < limit) {
                calendar(calendar);
            }
            Matcher epoch = EPOCH.matcher(text);
            while (epoch.find() && epoch.start() < limit) {
                String digits = epoch.group(1);
                long value = Long.parseLong(digits);
                seen(digits.length() == 13 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value), false);
            }
        }

        private void calendar(Matcher m) {
            try {
                LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                String offset = m.group(7);
                if (offset == null) {
                    seen(local.atZone(localZone).toInstant(), true);
                } else {
                    seen(local.toInstant(offset.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(normalised(offset))), false);
                }
            } catch (DateTimeException | NumberFormatException e) {
                // 2026-13-45 is not a time
            }
        }

        private static String normalised(String offset) {
            return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
        }

        private void seen(Instant at, boolean assumedZone) {
            if (at.isBefore(EARLIEST_PLAUSIBLE) || at.isAfter(latestPlausible)) {
                return;
            }
            count++;
            zoneAssumed |= assumedZone;
            if (first == null || at.isBefore(first)) {
                first = at;
            }
            if (last == null || at.isAfter(last)) {
                last = at;
            }
        }

        Optional<ChatSpan> span() {
            return count == 0 ? Optional.empty() : Optional.of(new ChatSpan(first, last, count, zoneAssumed));
        }
    }
}
