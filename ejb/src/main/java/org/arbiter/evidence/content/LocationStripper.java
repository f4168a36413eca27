package org.arbiter.evidence.content;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * Makes the copy of a photo the other party sees: the same pixels, without the metadata that can say where
 * it was taken. The whole EXIF block goes, not only its GPS directory — maker notes and thumbnails can carry
 * positions too — and so do XMP and IPTC (which names cities and places). The original stays untouched.
 * JPEG is rewritten losslessly with Commons Imaging; PNG by dropping its metadata chunks. Both copies end with the
 * image: whatever a file carries after it ({@link ImageEnd}) is left out. Other formats are not stripped:
 * {@link #canStrip} says which.
 */
public final class LocationStripper {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** PNG chunks that hold metadata rather than pixels: EXIF, and text chunks (where XMP lives). */
    private static final Set<String> PNG_METADATA_CHUNKS = Set.of("eXIf", "tEXt", "zTXt", "iTXt");

    public boolean canStrip(String mediaType) {
        return mediaType.equals("image/jpeg") || mediaType.equals("image/png");
    }

    /**
     * Writes the photo without location metadata to {@code target}.
     *
     * @throws IOException when the photo cannot be rewritten (it is then not shown to the other party)
     */
    public void strip(Path photo, String mediaType, Path target) throws IOException {
        switch (mediaType) {
            case "image/jpeg" -> stripJpeg(photo, target);
            case "image/png" -> stripPng(photo, target);
            default -> throw new IOException("location metadata cannot be removed from " + mediaType);
        }
    }

    private static void stripJpeg(Path photo, Path target) throws IOException {
        long end = ImageEnd.of(photo, "image/jpeg")
                .orElseThrow(() -> new IOException("the JPEG has no end of image"));
        // The rewriters copy whatever follows the end of the image: when something does, they get the image alone.
        Path image = end < Files.size(photo) ? Files.createTempFile(target.getParent(), "strip-", ".jpg") : null;
        Path withoutExif = Files.createTempFile(target.getParent(), "strip-", ".jpg");
        Path withoutXmp = Files.createTempFile(target.getParent(), "strip-", ".jpg");
        try {
            if (image != null) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(photo));
                     OutputStream out = new BufferedOutputStream(Files.newOutputStream(image))) {
                    copyOrSkip(in, out, end);
                }
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(withoutExif))) {
                new ExifRewriter().removeExifMetadata((image != null ? image : photo).toFile(), out);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(withoutXmp))) {
                new JpegXmpRewriter().removeXmpXml(withoutExif.toFile(), out);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                new JpegIptcRewriter().removeIptc(withoutXmp.toFile(), out);
            }
        } catch (ImagingException | RuntimeException e) {
            // Commons Imaging also fails on malformed segments with runtime exceptions (index out of bounds and
            // the like): a photo it cannot rewrite is kept from the other party, never a server error.
            throw new IOException("the JPEG could not be rewritten: " + e.getMessage(), e);
        } finally {
            if (image != null) {
                Files.deleteIfExists(image);
            }
            Files.deleteIfExists(withoutExif);
            Files.deleteIfExists(withoutXmp);
        }
    }

    /** Copies chunk by chunk (streaming), leaving out the metadata chunks; every chunk's CRC is kept as is. */
    private static void stripPng(Path photo, Path target) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(photo)));
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
            byte[] signature = in.readNBytes(PNG_SIGNATURE.length);
            if (!Arrays.equals(signature, PNG_SIGNATURE)) {
                throw new IOException("not a PNG file");
            }
            out.write(signature);
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    throw new IOException("the PNG ends without an IEND chunk");
                }
                if (length < 0) {
                    throw new IOException("a PNG chunk claims a negative length");
                }
                byte[] type = in.readNBytes(4);
                String name = new String(type, StandardCharsets.ISO_8859_1);
                boolean keep = !PNG_METADATA_CHUNKS.contains(name);
                if (keep) {
                    out.writeInt(length);
                    out.write(type);
                }
                copyOrSkip(in, keep ? out : null, length + 4L); // data and CRC
                if (name.equals("IEND")) {
                    return;
                }
            }
        }
    }

    private static void copyOrSkip(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[8192];
        long left = count;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException("the image is cut off");
            }
            if (out != null) {
                out.write(buffer, 0, read);
            }
            left -= read;
        }
    }
}
