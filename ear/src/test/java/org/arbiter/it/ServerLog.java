package org.arbiter.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The integration-test server's log, read from where a test began: what the server said about that test. */
final class ServerLog {

    private static final Path LOG = Path.of(System.getProperty("arbiter.it.server-log", "server.log"));

    private ServerLog() {
    }

    /** Where the log ends now. */
    static long end() throws IOException {
        // A log without the deployment is some other server's, and would let every assertion on it pass.
        if (!Files.exists(LOG) || !Files.readString(LOG).contains("Deployed \"arbiter")) {
            throw new IllegalStateException("no log of the server the tests run on at " + LOG
                    + " (system property arbiter.it.server-log)");
        }
        return Files.size(LOG);
    }

    /** What the server logged after {@code offset}. */
    static String since(long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
            file.seek(Math.min(offset, file.length()));
            byte[] added = new byte[(int) (file.length() - file.getFilePointer())];
            file.readFully(added);
            return new String(added, StandardCharsets.UTF_8);
        }
    }
}
