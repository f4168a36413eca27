package org.arbiter.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import org.arbiter.web.problem.BodyTooLargeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses JSON bodies over the configured size (413) before anything reads them: by the declared
 * Content-Length when there is one, and by counting as it is read when the body is chunked.
 */
@Provider
@PreMatching
@ApplicationScoped
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "arbiter.api.max-json-body-bytes")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.getSubtype().endsWith("+json")) {
            return;
        }
        if (isEvidenceUpload(request)) {
            return; // a JSON chat export is a file, limited by the evidence limits, not a request document
        }
        if (request.getLength() > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
    }

    private static final Pattern EVIDENCE_UPLOAD = Pattern.compile("/?cases/[^/]+/evidence/?");

    private static boolean isEvidenceUpload(ContainerRequestContext request) {
        return "POST".equals(request.getMethod())
                && EVIDENCE_UPLOAD.matcher(request.getUriInfo().getPath()).matches();
    }

    /** Counts what is read and stops at the limit. */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws BodyTooLargeException {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
