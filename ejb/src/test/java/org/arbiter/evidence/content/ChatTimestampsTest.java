package org.arbiter.evidence.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChatTimestampsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");

    private static Optional<ChatSpan> scan(String text, Charset charset) throws IOException {
        byte[] bytes = text.getBytes(charset);
        return ChatTimestamps.scan(new ByteArrayInputStream(bytes), TextCharset.ofHead(bytes, bytes.length).orElseThrow(), SHANGHAI, NOW);
    }

    @Test
    void a_wechat_style_export_gives_its_first_and_last_message() throws IOException {
        String chat = """
                2026-11-03 14:06:30 卖家: 请稍等
                2026-11-03 14:05:09 买家: 包裹显示已签收但我没有收到
                2026年11月4日 09:15 卖家: 快递员说放在门口了
                """;
        ChatSpan span = scan(chat, StandardCharsets.UTF_8).orElseThrow();
        assertThat(span.first()).isEqualTo(Instant.parse("2026-11-03T06:05:09Z"));
        assertThat(span.last()).isEqualTo(Instant.parse("2026-11-04T01:15:00Z"));
        assertThat(span.timestamps()).isEqualTo(3);
        assertThat(span.zoneAssumed()).isTrue();
        assertThat(span.describe("Asia/Shanghai")).contains("3 timestamp(s)", "Asia/Shanghai");
    }

    @Test
    void gb18030_exports_are_read_too() throws IOException {
        ChatSpan span = scan("2026年11月4日 09:15 卖家: 快递员说放在门口了\n", Charset.forName("GB18030")).orElseThrow();
        assertThat(span.first()).isEqualTo(Instant.parse("2026-11-04T01:15:00Z"));
    }

    /** Windows Notepad's "Unicode": UTF-16 little-endian behind its byte order mark. */
    @Test
    void utf16_exports_are_read_too() throws IOException {
        ChatSpan span = scan("\uFEFF2026年11月4日 09:15 卖家: 快递员说放在门口了\n", StandardCharsets.UTF_16LE).orElseThrow();
        assertThat(span.first()).isEqualTo(Instant.parse("2026-11-04T01:15:00Z"));
    }

    @Test
    void json_exports_with_offsets_or_epoch_fields() throws IOException {
        String json = "[{\"time\":\"2026-11-03T14:05:09+08:00\",\"text\":\"hi\"},"
                + "{\"timestamp\": 1793687400000, \"text\":\"order 2026110312345678\"},"
                + "{\"sent_at\":\"2026-11-02T01:00:00Z\"}]";
        ChatSpan span = scan(json, StandardCharsets.UTF_8).orElseThrow();
        assertThat(span.first()).isEqualTo(Instant.parse("2026-11-02T01:00:00Z"));
        assertThat(span.last()).isEqualTo(Instant.ofEpochMilli(1793687400000L));
        assertThat(span.timestamps()).isEqualTo(3);
        assertThat(span.zoneAssumed()).isFalse();
    }

    @Test
    void implausible_dates_and_order_numbers_are_not_timestamps() throws IOException {
        assertThat(scan("order 20261103123456 paid 1999-01-01 10:00 and 2026-13-45 10:00, 2031-01-01 10:00",
                StandardCharsets.UTF_8)).isEmpty();
        assertThat(scan("no times here", StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void a_long_single_line_export_is_scanned_in_windows_without_losing_timestamps_at_their_edges() throws IOException {
        StringBuilder line = new StringBuilder();
        int messages = 0;
        while (line.length() < 1_000_000) {
            // Lengths that are not a divisor of the window put timestamps across every window edge.
            line.append("{\"from\":\"buyer\",\"at\":\"2026-11-03 14:").append(String.format("%02d", messages % 60))
                    .append(":00\",\"text\":\"").append("x".repeat(messages % 97)).append("\"},");
            messages++;
        }
        ChatSpan span = scan(line.toString(), StandardCharsets.UTF_8).orElseThrow();
        assertThat(span.timestamps()).isEqualTo(messages);
        assertThat(span.first()).isEqualTo(Instant.parse("2026-11-03T06:00:00Z"));
        assertThat(span.last()).isEqualTo(Instant.parse("2026-11-03T06:59:00Z"));
    }
}
