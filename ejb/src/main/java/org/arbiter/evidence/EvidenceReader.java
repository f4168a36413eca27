package org.arbiter.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Streams stored evidence bytes to a reader, outside any transaction (the read was recorded before). */
@ApplicationScoped
public class EvidenceReader {

    @Inject
    EvidenceStore store;

    /** The length of what {@link #copy} writes: a HEAD answers it, as GET's Content-Length would. */
    public long size(String sha256) throws IOException {
        return store.size(sha256);
    }

    public void copy(String sha256, OutputStream out) throws IOException {
        try (InputStream in = store.open(sha256)) {
            in.transferTo(out);
        }
    }
}
