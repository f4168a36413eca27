package org.arbiter.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The request body as an upload reads it. A read that fails is the client's doing (it hung up, or sent less than
 * it declared) and is told apart, as {@link BrokenOff}, from the server's own failures on the way (a full disk, a
 * missing directory): those are the platform's to fix, not a bad request, and their messages name server paths.
 */
final class UploadBody extends FilterInputStream {

    /** The client's body ended before the upload did. */
    static final class BrokenOff extends IOException {
        BrokenOff(IOException cause) {
            super("the request body broke off", cause);
        }
    }

    UploadBody(InputStream body) {
        super(body);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw new BrokenOff(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            throw new BrokenOff(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            throw new BrokenOff(e);
        }
    }
}
