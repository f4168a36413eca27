package org.arbiter.evidence.content;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.gif.GifImageParser;
import org.apache.commons.imaging.formats.gif.GifImagingParameters;
import org.apache.commons.imaging.formats.jpeg.JpegImageParser;
import org.apache.commons.imaging.formats.jpeg.JpegImagingParameters;
import org.apache.commons.imaging.formats.png.PngImageParser;
import org.apache.commons.imaging.formats.png.PngImagingParameters;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffImagingParameters;
import org.apache.commons.imaging.formats.webp.WebPImageMetadata;
import org.apache.commons.imaging.formats.webp.WebPImageParser;
import org.apache.commons.imaging.formats.webp.WebPImagingParameters;

/**
 * Reads when and where a photo was taken from its EXIF and XMP metadata, with Apache Commons Imaging.
 * EXIF keeps the capture time without a zone unless the camera also wrote {@code OffsetTimeOriginal}; such
 * times are read in the platform's configured local zone, and the note says so. A photo whose metadata
 * cannot be read is reported as possibly carrying a location: the platform errs on the side of the person
 * who took it.
 */
public final class PhotoMetadata {

    /** EXIF tags Commons Imaging has no constants for (EXIF 2.31). */
    private static final int DATE_TIME_ORIGINAL = 0x9003;
    private static final int DATE_TIME_DIGITIZED = 0x9004;
    private static final int OFFSET_TIME_ORIGINAL = 0x9011;
    private static final int OFFSET_TIME_DIGITIZED = 0x9012;

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss", Locale.ROOT);

    private PhotoMetadata() {
    }

    public static PhotoFacts read(Path photo, String mediaType, ZoneId localZone) {
        if (mediaType.equals("image/heic") || mediaType.equals("image/heif")) {
            return new PhotoFacts(null, "HEIC metadata is not read by the platform", PhotoFacts.Location.UNKNOWN);
        }
        try {
            ByteSource source = ByteSource.path(photo);
            TiffImageMetadata exif = exif(source, mediaType);
            String xmp = xmp(source, mediaType);
            boolean located = (exif != null && exif.getGpsInfo() != null) || xmpHasPosition(xmp);
            Captured captured = exif == null ? null : captureTime(exif, localZone);
            return new PhotoFacts(captured == null ? null : captured.at(), captured == null ? null : captured.note(),
                    located ? PhotoFacts.Location.PRESENT : PhotoFacts.Location.NONE);
        } catch (IOException | RuntimeException e) {
            // Malformed metadata is common in edited photos; the upload stands, the photo is kept from the
            // other party because nobody can say what its metadata holds.
            return new PhotoFacts(null, "the photo's metadata could not be read", PhotoFacts.Location.UNKNOWN);
        }
    }

    private static TiffImageMetadata exif(ByteSource source, String mediaType) throws ImagingException, IOException {
        return switch (mediaType) {
            case "image/jpeg" -> new JpegImageParser().getExifMetadata(source, new TiffImagingParameters());
            case "image/png" -> new PngImageParser().getExifMetadata(source, new TiffImagingParameters());
            case "image/webp" -> {
                WebPImageMetadata metadata = new WebPImageParser().getMetadata(source, new WebPImagingParameters());
                yield metadata == null ? null : metadata.getExif();
            }
            default -> null;
        };
    }

    private static String xmp(ByteSource source, String mediaType) throws ImagingException, IOException {
        return switch (mediaType) {
            case "image/jpeg" -> new JpegImageParser().getXmpXml(source, new JpegImagingParameters());
            case "image/png" -> new PngImageParser().getXmpXml(source, new PngImagingParameters());
            case "image/webp" -> new WebPImageParser().getXmpXml(source, new WebPImagingParameters());
            case "image/gif" -> new GifImageParser().getXmpXml(source, new GifImagingParameters());
            default -> null;
        };
    }

    private static boolean xmpHasPosition(String xmp) {
        return xmp != null && (xmp.contains("GPSLatitude") || xmp.contains("GPSLongitude"));
    }

    private static Captured captureTime(TiffImageMetadata exif, ZoneId localZone) throws ImagingException {
        Captured original = captureTime(exif, DATE_TIME_ORIGINAL, OFFSET_TIME_ORIGINAL, localZone, "EXIF DateTimeOriginal");
        return original != null ? original
                : captureTime(exif, DATE_TIME_DIGITIZED, OFFSET_TIME_DIGITIZED, localZone, "EXIF DateTimeDigitized");
    }

    private static Captured captureTime(TiffImageMetadata exif, int timeTag, int offsetTag, ZoneId localZone,
                                        String tagName) throws ImagingException {
        String time = asciiField(exif, timeTag);
        if (time == null) {
            return null;
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(time, EXIF_TIME);
        } catch (DateTimeException e) {
            return null; // "0000:00:00 00:00:00" and other placeholders cameras write when the clock was unset
        }
        String offset = asciiField(exif, offsetTag);
        if (offset != null) {
            try {
                return new Captured(local.toInstant(ZoneOffset.of(offset)), tagName + " with offset " + offset);
            } catch (DateTimeException e) {
                // fall through to the configured zone
            }
        }
        return new Captured(local.atZone(localZone).toInstant(),
                tagName + " has no time zone; read as " + localZone.getId());
    }

    private static String asciiField(TiffImageMetadata exif, int tag) throws ImagingException {
        for (TiffField field : exif.getAllFields()) {
            if (field.getTag() == tag) {
                Object value = field.getValue();
                String text = value instanceof String[] values && values.length > 0 ? values[0]
                        : value instanceof String single ? single : null;
                if (text == null) {
                    return null;
                }
                text = text.replace("\u0000", "").strip();
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }

    private record Captured(Instant at, String note) {
    }
}
