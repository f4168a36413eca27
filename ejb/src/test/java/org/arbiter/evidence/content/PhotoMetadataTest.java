package org.arbiter.evidence.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoMetadataTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private PhotoFacts read(byte[] bytes, String mediaType) throws IOException {
        Path file = Files.write(dir.resolve("photo"), bytes);
        return PhotoMetadata.read(file, mediaType, SHANGHAI);
    }

    @Test
    void a_capture_time_with_its_offset_is_taken_as_written() throws IOException {
        PhotoFacts facts = read(TestImages.jpeg("2026:11:01 10:00:00", "+02:00", false), "image/jpeg");
        assertThat(facts.capturedAt()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
        assertThat(facts.capturedAtNote()).contains("DateTimeOriginal", "+02:00");
        assertThat(facts.location()).isEqualTo(PhotoFacts.Location.NONE);
    }

    @Test
    void a_capture_time_without_offset_is_read_in_the_local_zone_and_says_so() throws IOException {
        PhotoFacts facts = read(TestImages.jpeg("2026:11:01 10:00:00", null, false), "image/jpeg");
        assertThat(facts.capturedAt()).isEqualTo(Instant.parse("2026-11-01T02:00:00Z"));
        assertThat(facts.capturedAtNote()).contains("no time zone", "Asia/Shanghai");
    }

    @Test
    void a_placeholder_date_is_no_capture_time() throws IOException {
        PhotoFacts facts = read(TestImages.jpeg("0000:00:00 00:00:00", null, false), "image/jpeg");
        assertThat(facts.capturedAt()).isNull();
    }

    @Test
    void gps_in_exif_or_xmp_is_a_location() throws IOException {
        assertThat(read(TestImages.jpeg("2026:11:01 10:00:00", null, true), "image/jpeg").location())
                .isEqualTo(PhotoFacts.Location.PRESENT);
        byte[] xmpOnly = TestImages.jpegWithXmp(TestImages.encoded("jpg"), TestImages.XMP_WITH_GPS);
        assertThat(read(xmpOnly, "image/jpeg").location()).isEqualTo(PhotoFacts.Location.PRESENT);
        assertThat(read(TestImages.pngWithXmpLocation(), "image/png").location()).isEqualTo(PhotoFacts.Location.PRESENT);
    }

    @Test
    void plain_images_carry_no_location() throws IOException {
        assertThat(read(TestImages.encoded("jpg"), "image/jpeg")).isEqualTo(new PhotoFacts(null, null, PhotoFacts.Location.NONE));
        assertThat(read(TestImages.encoded("png"), "image/png").location()).isEqualTo(PhotoFacts.Location.NONE);
        assertThat(read(TestImages.encoded("gif"), "image/gif").location()).isEqualTo(PhotoFacts.Location.NONE);
    }

    @Test
    void what_cannot_be_read_may_reveal_a_location() throws IOException {
        assertThat(read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 0x40, 'E', 'x'}, "image/jpeg")
                .location()).isEqualTo(PhotoFacts.Location.UNKNOWN);
        assertThat(read(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}, "image/heic")
                .mayRevealLocation()).isTrue();
    }
}
