package org.arbiter.evidence.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationStripperTest {

    private final LocationStripper stripper = new LocationStripper();

    @TempDir
    Path dir;

    @Test
    void a_jpeg_loses_its_exif_and_xmp_but_keeps_its_pixels() throws IOException {
        byte[] located = TestImages.jpegWithXmp(TestImages.jpeg("2026:11:01 10:00:00", "+08:00", true),
                TestImages.XMP_WITH_GPS);
        Path original = Files.write(dir.resolve("original.jpg"), located);
        Path stripped = dir.resolve("stripped.jpg");

        stripper.strip(original, "image/jpeg", stripped);

        assertThat(PhotoMetadata.read(stripped, "image/jpeg", ZoneId.of("UTC")).location()).isEqualTo(PhotoFacts.Location.NONE);
        assertThat(new String(Files.readAllBytes(stripped), StandardCharsets.ISO_8859_1)).doesNotContain("GPS", "Exif");
        assertSamePixels(original, stripped);
        assertThat(Files.readAllBytes(original)).isEqualTo(located); // the original is untouched
    }

    @Test
    void a_png_loses_its_metadata_chunks_and_stays_a_valid_png() throws IOException {
        Path original = Files.write(dir.resolve("original.png"), TestImages.pngWithXmpLocation());
        Path stripped = dir.resolve("stripped.png");

        stripper.strip(original, "image/png", stripped);

        assertThat(PhotoMetadata.read(stripped, "image/png", ZoneId.of("UTC")).location()).isEqualTo(PhotoFacts.Location.NONE);
        assertThat(Files.size(stripped)).isLessThan(Files.size(original));
        assertSamePixels(original, stripped);
    }

    @Test
    void whatever_follows_the_image_is_left_out_of_the_copy() throws IOException {
        byte[] located = TestImages.jpeg("2026:11:01 10:00:00", "+08:00", true);
        for (String format : new String[] {"jpeg", "png"}) {
            byte[] image = TestImages.encoded(format);
            Path original = Files.write(dir.resolve("motion." + format), ImageEndTest.concat(image, located));
            Path stripped = dir.resolve("motion-stripped." + format);

            stripper.strip(original, "image/" + format, stripped);

            assertThat(Files.readAllBytes(stripped)).as(format).isEqualTo(image);
            assertThat(new String(Files.readAllBytes(stripped), StandardCharsets.ISO_8859_1)).doesNotContain("GPS", "Exif");
        }
    }

    @Test
    void a_jpeg_without_its_end_is_not_passed_on() throws IOException {
        byte[] jpeg = TestImages.jpeg("2026:11:01 10:00:00", "+08:00", true);
        Path original = Files.write(dir.resolve("cut.jpg"), java.util.Arrays.copyOf(jpeg, jpeg.length - 2));
        assertThatThrownBy(() -> stripper.strip(original, "image/jpeg", dir.resolve("out.jpg"))).isInstanceOf(IOException.class);
    }

    @Test
    void a_cut_off_png_is_not_passed_on() throws IOException {
        byte[] png = TestImages.pngWithXmpLocation();
        Path original = Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(png, png.length / 2));
        assertThatThrownBy(() -> stripper.strip(original, "image/png", dir.resolve("out.png"))).isInstanceOf(IOException.class);
    }

    /** Damaged photos arrive: each either strips or is refused with an IOException, whatever breaks inside. */
    @Test
    void a_damaged_photo_is_refused_with_an_io_exception_and_nothing_else() throws IOException {
        byte[] jpeg = TestImages.jpegWithXmp(TestImages.jpeg("2026:11:01 10:00:00", "+08:00", true), TestImages.XMP_WITH_GPS);
        byte[] png = TestImages.pngWithXmpLocation();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 400; i++) {
            boolean isJpeg = i % 2 == 0;
            byte[] damaged = (isJpeg ? jpeg : png).clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                damaged[2 + random.nextInt(damaged.length - 2)] = (byte) random.nextInt(256);
            }
            if (random.nextBoolean()) {
                damaged = java.util.Arrays.copyOf(damaged, 4 + random.nextInt(damaged.length - 4));
            }
            Path original = Files.write(dir.resolve("damaged-" + i), damaged);
            Path target = dir.resolve("stripped-" + i);
            try {
                stripper.strip(original, isJpeg ? "image/jpeg" : "image/png", target);
            } catch (IOException refused) {
                // as documented: the photo is then kept from the other party
            }
        }
    }

    @Test
    void only_jpeg_and_png_can_be_stripped() {
        assertThat(stripper.canStrip("image/jpeg")).isTrue();
        assertThat(stripper.canStrip("image/png")).isTrue();
        assertThat(stripper.canStrip("image/webp")).isFalse();
        assertThat(stripper.canStrip("image/heic")).isFalse();
        assertThatThrownBy(() -> stripper.strip(dir.resolve("x"), "image/heic", dir.resolve("y"))).isInstanceOf(IOException.class);
    }

    private static void assertSamePixels(Path a, Path b) throws IOException {
        BufferedImage left = ImageIO.read(a.toFile());
        BufferedImage right = ImageIO.read(b.toFile());
        assertThat(right.getWidth()).isEqualTo(left.getWidth());
        assertThat(right.getHeight()).isEqualTo(left.getHeight());
        for (int y = 0; y < left.getHeight(); y += 7) {
            for (int x = 0; x < left.getWidth(); x += 5) {
                assertThat(right.getRGB(x, y)).isEqualTo(left.getRGB(x, y));
            }
        }
    }
}
