package org.arbiter.evidence.content;

import java.time.Instant;

/**
 * What a photo's own metadata says: when it was taken (null when it does not say), a note on how that time
 * was read, and whether it carries a location.
 */
public record PhotoFacts(Instant capturedAt, String capturedAtNote, Location location) {

    /** Whether a photo tells where it was taken. */
    public enum Location {
        /** No GPS position in EXIF or XMP. */
        NONE,
        /** A GPS position is in the metadata. */
        PRESENT,
        /** The metadata could not be read, or the format is one the platform cannot look into (HEIC). */
        UNKNOWN
    }

    public boolean mayRevealLocation() {
        return location != Location.NONE;
    }
}
