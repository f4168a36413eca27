package org.arbiter.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Where evidence bytes live, addressed by their SHA-256: identical bytes are kept once, and nothing is ever
 * overwritten. The default adapter is a directory ({@link FileEvidenceStore}); a database or object store
 * can take its place.
 */
public interface EvidenceStore {

    /**
     * Streams the bytes into the store, hashing them on the way, and returns only once they are durable.
     * Nothing remains when the stream fails or runs over {@code maxBytes}.
     *
     * @throws ContentTooLargeException past {@code maxBytes}; the rest of the stream is not read
     * @throws IOException when the stream breaks off (a client that hangs up) or the store cannot write
     */
    StoredBlob put(InputStream content, long maxBytes) throws IOException;

    InputStream open(String sha256) throws IOException;

    /** How many bytes {@link #open} gives. */
    long size(String sha256) throws IOException;

    boolean contains(String sha256);

    /** Lets an inspection read the stored file as a file (an object store would copy it to a temporary one). */
    <T> T withFile(String sha256, Function<Path, T> inspection) throws IOException;

    /** Removes bytes no evidence refers to (an upload whose record could not be stored). */
    void delete(String sha256) throws IOException;
}
