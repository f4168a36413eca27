package org.arbiter.evidence.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageEndTest {

    @TempDir
    Path dir;

    @Test
    void each_format_ends_where_its_own_structure_says() throws IOException {
        for (String format : new String[] {"jpeg", "png", "gif"}) {
            byte[] image = TestImages.encoded(format);
            Path file = Files.write(dir.resolve("plain." + format), image);

            assertThat(ImageEnd.of(file, "image/" + format)).as(format).hasValue(image.length);
            assertThat(ImageEnd.hasTrailer(file, "image/" + format)).as(format).isFalse();
        }
        assertThat(ImageEnd.of(Files.write(dir.resolve("exif.jpg"), TestImages.jpeg("2026:11:01 10:00:00", "+08:00", true)),
                "image/jpeg")).isPresent();
    }

    @Test
    void a_progressive_jpeg_ends_at_its_last_scan() throws IOException {
        byte[] progressive = progressiveJpeg();
        Path file = Files.write(dir.resolve("progressive.jpg"), progressive);

        assertThat(ImageEnd.of(file, "image/jpeg")).hasValue(progressive.length);
    }

    @Test
    void bytes_after_the_image_are_a_trailer() throws IOException {
        byte[] located = TestImages.jpeg("2026:11:01 10:00:00", "+08:00", true);
        for (String format : new String[] {"jpeg", "png", "gif"}) {
            byte[] image = TestImages.encoded(format);
            // A second photo appended, as a motion photo appends its video.
            Path file = Files.write(dir.resolve("trailer." + format), concat(image, located));

            assertThat(ImageEnd.of(file, "image/" + format)).as(format).hasValue(image.length);
            assertThat(ImageEnd.hasTrailer(file, "image/" + format)).as(format).isTrue();
        }
    }

    @Test
    void a_webp_ends_at_its_riff_length() throws IOException {
        byte[] webp = {'R', 'I', 'F', 'F', 5, 0, 0, 0, 'W', 'E', 'B', 'P', 'X', 0};
        assertThat(ImageEnd.hasTrailer(Files.write(dir.resolve("a.webp"), webp), "image/webp")).isFalse();
        assertThat(ImageEnd.hasTrailer(Files.write(dir.resolve("b.webp"), concat(webp, new byte[] {1, 2})), "image/webp"))
                .isTrue();
    }

    @Test
    void a_cut_off_image_has_no_end() throws IOException {
        for (String format : new String[] {"jpeg", "png", "gif"}) {
            byte[] image = TestImages.encoded(format);
            Path file = Files.write(dir.resolve("cut." + format), Arrays.copyOf(image, image.length - 3));

            assertThat(ImageEnd.of(file, "image/" + format)).as(format).isEmpty();
            assertThat(ImageEnd.hasTrailer(file, "image/" + format)).as(format).isTrue();
        }
    }

    private static byte[] progressiveJpeg() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(TestImages.picture(), null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
