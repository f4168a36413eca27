package org.arbiter.evidence.content;

import static org.arbiter.evidence.content.ImageEndTest.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.arbiter.shared.InvalidRequestException;

class ContentSnifferTest {

    private final ContentSniffer sniffer = new ContentSniffer();

    private SniffedMedia sniff(byte[] bytes) {
        return sniffer.sniff(bytes, bytes.length);
    }

    private void assertRefused(byte[] bytes) {
        assertThatThrownBy(() -> sniff(bytes)).isInstanceOf(UnsupportedEvidenceTypeException.class)
                .hasMessageContaining("not accepted");
    }

    @Test
    void photos_in_the_common_formats_are_images() {
        assertThat(sniff(TestImages.encoded("jpg"))).isEqualTo(new SniffedMedia("image/jpeg", EvidenceFamily.IMAGE));
        assertThat(sniff(TestImages.encoded("png"))).isEqualTo(new SniffedMedia("image/png", EvidenceFamily.IMAGE));
        assertThat(sniff(TestImages.encoded("gif"))).isEqualTo(new SniffedMedia("image/gif", EvidenceFamily.IMAGE));
        assertThat(sniff(TestImages.jpeg("2026:11:01 10:00:00", null, true)).mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void videos_are_known_by_their_container_not_their_name() {
        byte[] mp4 = withRandomTail(HexFormat.of().parseHex("0000001c667479706d7034320000000069736f6d6d703432"), 4096);
        assertThat(sniff(mp4)).isEqualTo(new SniffedMedia("video/mp4", EvidenceFamily.VIDEO));
        byte[] phoneMp4 = withRandomTail(HexFormat.of().parseHex("0000001c6674797069736f6d0000020069736f6d69736f32"), 4096);
        assertThat(sniff(phoneMp4)).isEqualTo(new SniffedMedia("video/mp4", EvidenceFamily.VIDEO));
        byte[] mov = withRandomTail(HexFormat.of().parseHex("00000014667479707174202000000000717420200000000877696465"), 4096);
        assertThat(sniff(mov)).isEqualTo(new SniffedMedia("video/quicktime", EvidenceFamily.VIDEO));
        byte[] webm = withRandomTail(HexFormat.of().parseHex(
                "1a45dfa39f4286810142f7810142f2810442f381084282847765626d42878104428581021853806701"), 4096);
        assertThat(sniff(webm)).isEqualTo(new SniffedMedia("video/webm", EvidenceFamily.VIDEO));
    }

    @Test
    void pdf_reports_are_documents() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(sniff(pdf)).isEqualTo(new SniffedMedia("application/pdf", EvidenceFamily.DOCUMENT));
    }

    @Test
    void chat_exports_are_text_or_json_in_utf8_and_gb18030() {
        String chat = "2026-11-03 14:05:09 买家: 你好，包裹显示已签收但我没有收到\n2026-11-03 14:06:30 卖家: 请稍等，我查一下物流\n";
        assertThat(sniff(chat.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new SniffedMedia("text/plain", EvidenceFamily.TEXT));
        assertThat(sniff(chat.getBytes(Charset.forName("GB18030"))))
                .isEqualTo(new SniffedMedia("text/plain", EvidenceFamily.TEXT));
        byte[] json = "[{\"from\":\"buyer\",\"time\":\"2026-11-03T14:05:09+08:00\",\"text\":\"where is my parcel?\"}]"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(sniff(json)).isEqualTo(new SniffedMedia("application/json", EvidenceFamily.TEXT));
        // Opening like an array is not enough: chat lines start with their time in brackets.
        assertThat(sniff("[2026-11-05 10:00:00] buyer: hi\n[2026-11-05 10:01:00] seller: hello\n"
                .getBytes(StandardCharsets.UTF_8)).mediaType()).isEqualTo("text/plain");
        assertThat(sniff("{not json at all}".getBytes(StandardCharsets.UTF_8)).mediaType()).isEqualTo("text/plain");
        // A long export is judged on its head: cut off inside the array, it is still JSON.
        assertThat(sniff(("[" + "{\"text\":\"hello\"},".repeat(2000)).getBytes(StandardCharsets.UTF_8)).mediaType())
                .isEqualTo("application/json");
        byte[] bomJson = ("\uFEFF  {\"messages\": []}").getBytes(StandardCharsets.UTF_8);
        assertThat(sniff(bomJson).mediaType()).isEqualTo("application/json");
    }

    /** Texts in every charset they come in are texts; which charset the whole file is in, the inspector says. */
    @Test
    void texts_in_every_charset_are_texts() {
        String chat = "2026-11-03 14:05:09 买家: 你好，包裹显示已签收但我没有收到\n";
        for (byte[] text : List.of(("\uFEFF" + chat).getBytes(StandardCharsets.UTF_16LE),
                ("\uFEFF" + chat).getBytes(StandardCharsets.UTF_16BE), ("\uFEFF" + chat).getBytes(StandardCharsets.UTF_8),
                chat.getBytes(Charset.forName("Big5")), "[{\"text\":\"你好\"}]".getBytes(Charset.forName("GB18030")),
                "The buyer wrote: the caf\u00e9 by the locker was closed.\n".getBytes(StandardCharsets.ISO_8859_1))) {
            assertThat(sniff(text)).isEqualTo(new SniffedMedia("text/plain", EvidenceFamily.TEXT));
        }
    }

    /** A byte order mark in front of a binary file does not make it text. */
    @Test
    void a_byte_order_mark_does_not_make_a_binary_file_text() {
        byte[] binary = withRandomTail(new byte[0], 4096);
        for (byte[] mark : List.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            assertRefused(concat(mark, binary));
            assertRefused(concat(mark, new byte[64]));
        }
        // UTF-32's mark opens like UTF-16's, and read as UTF-16 its text is full of NULs.
        assertRefused(concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                "2026-11-25 10:00:01 买家：你好\n".getBytes(Charset.forName("UTF-32LE"))));
    }

    @Test
    void a_windows_executable_named_like_a_photo_is_refused() {
        byte[] pe = new byte[1024];
        pe[0] = 'M';
        pe[1] = 'Z';
        ByteBuffer.wrap(pe).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0x3C, 0x80);
        pe[0x80] = 'P';
        pe[0x81] = 'E';
        assertRefused(pe);
    }

    @Test
    void linux_and_mac_executables_are_refused() {
        byte[] elf = withRandomTail(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 512);
        assertRefused(elf);
        byte[] machO = withRandomTail(HexFormat.of().parseHex("cffaedfe0c000001"), 512);
        assertRefused(machO);
    }

    @Test
    void markup_that_a_browser_would_run_is_refused() {
        assertRefused("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8));
        assertRefused("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
        assertRefused("  <div onclick=\"steal()\">click</div>".getBytes(StandardCharsets.UTF_8));
        assertRefused("<?xml version=\"1.0\"?><note>x</note>".getBytes(StandardCharsets.UTF_8));
        // Markup is markup in any encoding, after any amount of white space.
        assertRefused("\uFEFF<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_16LE));
        // After white space of any width and invisible characters, in the charset it might be mistaken for too; far
        // enough in that Tika's own look at the first bytes does not see it.
        for (String blank : List.of("\u00A0", "\u200B", "\u3000", "\uFEFF\u00A0")) {
            assertRefused((blank.repeat(40) + "<script>alert(1)</script>").getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(("\u3000".repeat(40) + "<script>alert(1)</script>").getBytes(Charset.forName("GB18030")));
        assertRefused(("\u3000".repeat(40) + "<script>alert(1)</script>").getBytes(Charset.forName("Big5")));
        assertRefused(("\u00A0".repeat(40) + "<script>alert(1)</script>").getBytes(Charset.forName("windows-1252")));
        assertRefused(("\uFEFF" + "\u00A0".repeat(40) + "<script>alert(1)</script>").getBytes(StandardCharsets.UTF_16LE));
        assertRefused("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\"><svg onload=\"x()\"/>".getBytes(StandardCharsets.UTF_8));
        assertRefused("<!-- note --><b>hi</b>".getBytes(StandardCharsets.UTF_8));
        // A chat export may open with a bracket that is no tag: a system line, an IRC-style nick.
        for (String chat : List.of("<系统消息> 买家已下单\n2026-11-03 14:05 买家: 你好\n", "<System> order signed\n",
                "<alice> hi, where is my parcel?\n<bob> on its way\n", "<2026-11-05 10:00> buyer: hi\n")) {
            assertThat(sniff(chat.getBytes(StandardCharsets.UTF_8)).mediaType()).as(chat).isEqualTo("text/plain");
        }
        assertRefused((" ".repeat(5000) + "<html><script>alert(1)</script></html>").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void archives_and_scripts_are_refused() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("photo.jpg"));
            out.write(TestImages.encoded("jpg"));
            out.closeEntry();
        }
        assertRefused(zip.toByteArray());
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(gzip.toByteArray());
        assertRefused("#!/bin/sh\nrm -rf ~\n".getBytes(StandardCharsets.UTF_8));
        assertRefused("\uFEFF#!/bin/sh\nrm -rf ~\n".getBytes(StandardCharsets.UTF_16BE));
        assertRefused(withRandomTail(new byte[0], 4096)); // random bytes: application/octet-stream
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> sniff(new byte[0])).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("content").hasMessageContaining("empty");
    }

    private static byte[] withRandomTail(byte[] head, int tail) {
        byte[] bytes = new byte[head.length + tail];
        System.arraycopy(head, 0, bytes, 0, head.length);
        byte[] random = new byte[tail];
        new Random(42).nextBytes(random);
        System.arraycopy(random, 0, bytes, head.length, tail);
        return bytes;
    }
}
