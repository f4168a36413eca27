package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.JpegImageParser;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffImagingParameters;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryType;
import org.apache.commons.imaging.formats.tiff.taginfos.TagInfoAscii;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Evidence files for the tests: real images and texts made on the spot, and the case they go on. */
final class Evidence {

    private Evidence() {
    }

    /** A real JPEG, different for every seed. */
    static byte[] jpeg(int seed) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(seed * 7919 & 0xFFFFFF));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.drawString(Integer.toString(seed), 5, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A real JPEG as a phone writes it: EXIF capture time with its offset, and the GPS position. */
    static byte[] jpegWithLocation(int seed, String dateTimeOriginal, String offset) {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            TiffOutputDirectory exifDirectory = exif.getOrCreateExifDirectory();
            exifDirectory.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, dateTimeOriginal);
            exifDirectory.add(new TagInfoAscii("OffsetTimeOriginal", 0x9011, 7,
                    TiffDirectoryType.EXIF_DIRECTORY_EXIF_IFD), offset);
            exif.setGpsInDegrees(120.1551, 30.2741);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg(seed), out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the photo's EXIF holds a GPS position. */
    static boolean hasGps(byte[] photo) {
        try {
            TiffImageMetadata exif = new JpegImageParser().getExifMetadata(ByteSource.array(photo), new TiffImagingParameters());
            return exif != null && exif.getGpsInfo() != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photo of exactly {@code size} bytes: a JPEG's head, then zeros, then the seed. */
    static byte[] photoOfSize(int seed, int size) {
        byte[] file = new byte[size];
        byte[] header = jpeg(seed);
        System.arraycopy(header, 0, file, 0, header.length);
        file[file.length - 1] = (byte) seed;
        return file;
    }

    static byte[] chat(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A Windows executable's first bytes, as a file renamed photo.jpg would carry them. */
    static byte[] executable() {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A case of buyer1 against seller1 about a delivered (signed, into a locker) order, awaiting the seller. */
    static String caseOfBuyer1(String description) {
        return caseOfBuyer1(description, "NOT_RECEIVED");
    }

    /**
     * As {@link #caseOfBuyer1(String)}, of the type its description is about: a specialist corrects the classifier
     * when it is unsure or wrong, and a correction is a training example, so the type must be the description's
     * (a crushed box corrected to NOT_RECEIVED would teach the classifier something false for the tests after it).
     */
    static String caseOfBuyer1(String description, String type) {
        String order = Orders.push("buyer1", "seller1", "80.00");
        JsonNode receipt = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, description, "80.00")).json();
        String caseNumber = receipt.get("caseNumber").asText();
        JsonNode category = receipt.get("category");
        boolean ofThatType = category != null && category.hasNonNull("type") && category.get("type").asText().equals(type);
        if (receipt.get("awaitingClassification").asBoolean() || !ofThatType) {
            Api.Reply corrected = Api.as("specialist1").put("/api/v1/cases/" + caseNumber + "/classification",
                    Api.object("type", type, "reason", "what the complaint is about"));
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        }
        return caseNumber;
    }

    static String upload(String user, String caseNumber, String kind, String caption, byte[] file) {
        Api.Reply reply = Api.as(user).upload(path(caseNumber, kind, caption), file);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    static String path(String caseNumber, String kind, String caption) {
        return "/api/v1/cases/" + caseNumber + "/evidence?kind=" + kind + "&caption="
                + java.net.URLEncoder.encode(caption, StandardCharsets.UTF_8);
    }
}
