package org.arbiter.evidence.content;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryType;
import org.apache.commons.imaging.formats.tiff.taginfos.TagInfoAscii;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Real image files, made the way cameras and phones make them, for the content tests. */
final class TestImages {

    static final TagInfoAscii OFFSET_TIME_ORIGINAL =
            new TagInfoAscii("OffsetTimeOriginal", 0x9011, 7, TiffDirectoryType.EXIF_DIRECTORY_EXIF_IFD);

    static final String XMP_WITH_GPS = """
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="31,13.5N"
             exif:GPSLongitude="121,28.2E"/></rdf:RDF></x:xmpmeta>""";

    private TestImages() {
    }

    static BufferedImage picture() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.BLUE);
        g.fillOval(10, 10, 30, 20);
        g.dispose();
        return image;
    }

    static byte[] encoded(String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(picture(), format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG with EXIF: the capture time (and its offset when given) and, when asked, a GPS position. */
    static byte[] jpeg(String dateTimeOriginal, String offset, boolean gps) {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            TiffOutputDirectory exifDirectory = exif.getOrCreateExifDirectory();
            if (dateTimeOriginal != null) {
                exifDirectory.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, dateTimeOriginal);
            }
            if (offset != null) {
                exifDirectory.add(OFFSET_TIME_ORIGINAL, offset);
            }
            if (gps) {
                exif.setGpsInDegrees(121.4701, 31.2304);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(encoded("jpg"), out, exif);
            return out.toByteArray();
        } catch (ImagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpegWithXmp(byte[] jpeg, String xmp) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(jpeg, out, xmp);
            return out.toByteArray();
        } catch (ImagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG with an iTXt chunk carrying XMP with a GPS position, placed before the image data. */
    static byte[] pngWithXmpLocation() {
        byte[] png = encoded("png");
        byte[] keyword = "XML:com.adobe.xmp".getBytes(StandardCharsets.ISO_8859_1);
        byte[] text = XMP_WITH_GPS.getBytes(StandardCharsets.UTF_8);
        ByteBuffer data = ByteBuffer.allocate(keyword.length + 5 + text.length);
        data.put(keyword).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).put(text);
        byte[] chunk = chunk("iTXt", data.array());
        int afterHeader = 8 + 8 + 13 + 4; // signature, IHDR length+type, IHDR data, CRC
        ByteBuffer result = ByteBuffer.allocate(png.length + chunk.length);
        result.put(png, 0, afterHeader).put(chunk).put(png, afterHeader, png.length - afterHeader);
        return result.array();
    }

    static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }
}
