package org.arbiter.evidence.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Where the image in a file ends. Bytes after it are no part of the picture, but they are where phones put the
 * video of a "motion photo", and where anyone can append a second file — with a location of its own that a
 * metadata reader, which stops at the first image, never sees. So a photo with such a trailer is treated as one
 * that may reveal where it was taken, and the other party's copy ends with the image.
 *
 * <p>The formats' own structure is walked, streaming: JPEG's segments and entropy-coded scans up to the EOI
 * marker (progressive files have several scans), PNG's chunks up to IEND, GIF's blocks up to its trailer byte,
 * WebP's RIFF length.
 */
public final class ImageEnd {

    private ImageEnd() {
    }

    /** The length of the image proper, or empty when its end cannot be found (a cut-off or malformed file). */
    public static OptionalLong of(Path file, String mediaType) throws IOException {
        try (Counting in = new Counting(Files.newInputStream(file))) {
            return switch (mediaType) {
                case "image/jpeg" -> jpeg(in);
                case "image/png" -> png(in);
                case "image/gif" -> gif(in);
                case "image/webp" -> webp(in);
                default -> OptionalLong.empty();
            };
        }
    }

    /** Whether bytes follow the image, or its end cannot be found at all. */
    public static boolean hasTrailer(Path file, String mediaType) throws IOException {
        OptionalLong end = of(file, mediaType);
        return end.isEmpty() || end.getAsLong() < Files.size(file);
    }

    private static OptionalLong jpeg(Counting in) throws IOException {
        if (in.read() != 0xFF || in.read() != 0xD8) {
            return OptionalLong.empty();
        }
        int marker = nextMarker(in);
        while (marker >= 0) {
            if (marker == 0xD9) {
                return OptionalLong.of(in.position);
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                marker = nextMarker(in); // stand-alone markers carry no length
                continue;
            }
            int high = in.read();
            int low = in.read();
            if (low < 0) {
                return OptionalLong.empty();
            }
            int length = (high << 8) | low;
            if (length < 2 || !in.skipFully(length - 2L)) {
                return OptionalLong.empty();
            }
            marker = marker == 0xDA ? afterScan(in) : nextMarker(in);
        }
        return OptionalLong.empty();
    }

    /** The marker after a segment: 0xFF, perhaps fill bytes, then the marker's code; -1 at the end of the file. */
    private static int nextMarker(Counting in) throws IOException {
        int b = in.read();
        if (b != 0xFF) {
            return -1;
        }
        do {
            b = in.read();
        } while (b == 0xFF);
        return b;
    }

    /**
     * Reads through entropy-coded data to the marker that ends it: 0xFF 0x00 is a stuffed data byte, 0xFF 0xD0-D7
     * a restart marker inside the scan.
     */
    private static int afterScan(Counting in) throws IOException {
        int b = in.read();
        while (b >= 0) {
            if (b != 0xFF) {
                b = in.read();
                continue;
            }
            int next = in.read();
            while (next == 0xFF) {
                next = in.read();
            }
            if (next < 0) {
                return -1;
            }
            if (next != 0x00 && (next < 0xD0 || next > 0xD7)) {
                return next;
            }
            b = in.read();
        }
        return -1;
    }

    private static OptionalLong png(Counting in) throws IOException {
        if (!in.skipFully(8)) {
            return OptionalLong.empty();
        }
        while (true) {
            byte[] header = in.readNBytes(8);
            if (header.length < 8) {
                return OptionalLong.empty();
            }
            long length = ((header[0] & 0xFFL) << 24) | ((header[1] & 0xFF) << 16) | ((header[2] & 0xFF) << 8)
                    | (header[3] & 0xFF);
            if (!in.skipFully(length + 4)) {
                return OptionalLong.empty();
            }
            if (header[4] == 'I' && header[5] == 'E' && header[6] == 'N' && header[7] == 'D') {
                return OptionalLong.of(in.position);
            }
        }
    }

    private static OptionalLong gif(Counting in) throws IOException {
        byte[] header = in.readNBytes(13);
        if (header.length < 13) {
            return OptionalLong.empty();
        }
        if ((header[10] & 0x80) != 0 && !in.skipFully(3L << ((header[10] & 0x07) + 1))) {
            return OptionalLong.empty();
        }
        while (true) {
            int block = in.read();
            switch (block) {
                case 0x3B -> {
                    return OptionalLong.of(in.position);
                }
                case 0x21 -> {
                    if (in.read() < 0 || !skipSubBlocks(in)) {
                        return OptionalLong.empty();
                    }
                }
                case 0x2C -> {
                    byte[] descriptor = in.readNBytes(9);
                    if (descriptor.length < 9) {
                        return OptionalLong.empty();
                    }
                    boolean localTable = (descriptor[8] & 0x80) != 0;
                    if (localTable && !in.skipFully(3L << ((descriptor[8] & 0x07) + 1))) {
                        return OptionalLong.empty();
                    }
                    if (in.read() < 0 || !skipSubBlocks(in)) { // the LZW code size, then the image data
                        return OptionalLong.empty();
                    }
                }
                default -> {
                    return OptionalLong.empty();
                }
            }
        }
    }

    private static boolean skipSubBlocks(Counting in) throws IOException {
        int size = in.read();
        while (size > 0) {
            if (!in.skipFully(size)) {
                return false;
            }
            size = in.read();
        }
        return size == 0;
    }

    private static OptionalLong webp(Counting in) throws IOException {
        byte[] header = in.readNBytes(8);
        if (header.length < 8 || header[0] != 'R' || header[1] != 'I' || header[2] != 'F' || header[3] != 'F') {
            return OptionalLong.empty();
        }
        long size = (header[4] & 0xFFL) | ((header[5] & 0xFFL) << 8) | ((header[6] & 0xFFL) << 16)
                | ((header[7] & 0xFFL) << 24);
        // RIFF pads an odd-sized payload with one byte.
        return OptionalLong.of(8 + size + (size & 1));
    }

    /**
     * A buffered stream of its own that counts what it reads, so that the end is known as an offset. Not
     * BufferedInputStream: a JPEG's scans are read a byte at a time, and its read() takes a lock on every call.
     */
    private static final class Counting implements AutoCloseable {

        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int next;
        private int filled;
        private long position;

        Counting(InputStream in) {
            this.in = in;
        }

        int read() throws IOException {
            if (next == filled && !fill()) {
                return -1;
            }
            position++;
            return buffer[next++] & 0xFF;
        }

        /** Up to {@code count} bytes, fewer only at the end of the file. */
        byte[] readNBytes(int count) throws IOException {
            byte[] bytes = new byte[count];
            int read = 0;
            while (read < count) {
                if (next == filled && !fill()) {
                    return java.util.Arrays.copyOf(bytes, read);
                }
                int chunk = Math.min(count - read, filled - next);
                System.arraycopy(buffer, next, bytes, read, chunk);
                next += chunk;
                read += chunk;
                position += chunk;
            }
            return bytes;
        }

        /** Skips exactly {@code count} bytes; false when the file ends first. */
        boolean skipFully(long count) throws IOException {
            long left = count;
            while (left > 0) {
                if (next == filled && !fill()) {
                    return false;
                }
                int chunk = (int) Math.min(left, filled - next);
                next += chunk;
                left -= chunk;
                position += chunk;
            }
            return true;
        }

        private boolean fill() throws IOException {
            int read = in.read(buffer);
            if (read <= 0) {
                return false;
            }
            next = 0;
            filled = read;
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
