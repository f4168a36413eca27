package org.arbiter.web.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.arbiter.api.evidence.EvidenceApi;
import org.arbiter.api.evidence.EvidenceAnnotationList;
import org.arbiter.api.evidence.EvidenceAnnotationRequest;
import org.arbiter.api.evidence.EvidenceAnnotationView;
import org.arbiter.api.evidence.EvidenceList;
import org.arbiter.api.evidence.EvidenceMarkRequest;
import org.arbiter.api.evidence.EvidenceView;
import org.arbiter.api.evidence.EvidenceWithdrawalRequest;
import org.arbiter.evidence.EvidenceContent;
import org.arbiter.evidence.EvidenceReader;
import org.arbiter.evidence.EvidenceService;
import org.arbiter.evidence.EvidenceUploads;
import org.arbiter.shared.Caller;
import org.arbiter.shared.UnsupportedContentException;
import org.arbiter.web.security.StaffOnly;

@Path(EvidenceApi.PATH)
@RequestScoped
public class EvidenceResource implements EvidenceApi {

    @Inject
    Caller caller;

    @Inject
    EvidenceUploads uploads;

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceReader reader;

    @Override
    public Response upload(String caseNumber, String kind, String caption, String staffOnly, String contentLength,
                           String contentType, InputStream content) {
        if (contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            // Sniffing would take the form's envelope for a text file and store it as evidence.
            throw new UnsupportedContentException(HttpHeaders.CONTENT_TYPE, "send the file itself as the request body, "
                    + "not a multipart form "
                    + "(for example curl --data-binary @photo.jpg)");
        }
        EvidenceView stored = uploads.upload(caller, caseNumber, kind, caption, staffOnly, contentLength, content);
        // Relative to the application's base (/api/v1/): JAX-RS resolves it there.
        return Response.created(URI.create("cases/" + stored.caseNumber() + "/evidence/" + stored.id()))
                .entity(stored).build();
    }

    @Override
    public EvidenceList list(String caseNumber) {
        return evidence.list(caller, caseNumber);
    }

    @Override
    public EvidenceView get(String caseNumber, String id) {
        return evidence.get(caller, caseNumber, id);
    }

    @Override
    public Response content(String caseNumber, String id) {
        EvidenceContent opened = evidence.open(caller, caseNumber, id);
        return attachment(Response.ok((StreamingOutput) out -> reader.copy(opened.sha256(), out)), opened);
    }

    /** Without this, JAX-RS answers HEAD by running GET, which records a view of bytes nobody received. */
    @Override
    public Response contentHeaders(String caseNumber, String id) {
        EvidenceContent described = evidence.describeContent(caller, caseNumber, id);
        try {
            return attachment(Response.ok().header(HttpHeaders.CONTENT_LENGTH, reader.size(described.sha256())),
                    described);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of stored evidence " + described.sha256(), e);
        }
    }

    private static Response attachment(Response.ResponseBuilder response, EvidenceContent content) {
        return response.type(content.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + content.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @Override
    public EvidenceView withdraw(String caseNumber, String id, EvidenceWithdrawalRequest request) {
        return evidence.withdraw(caller, caseNumber, id, request.reason());
    }

    @Override
    public Response annotate(String caseNumber, String id, EvidenceAnnotationRequest request) {
        EvidenceAnnotationView annotation = evidence.annotate(caller, caseNumber, id, request.note());
        // A note has no address of its own: the Location is the list it joined.
        return Response.created(URI.create("cases/" + caseNumber + "/evidence/" + annotation.evidenceId()
                + "/annotations")).entity(annotation).build();
    }

    @Override
    public EvidenceAnnotationList annotations(String caseNumber, String id) {
        return evidence.annotations(caller, caseNumber, id);
    }

    @Override
    @StaffOnly
    public EvidenceView mark(String caseNumber, String id, EvidenceMarkRequest request) {
        return evidence.mark(caller, caseNumber, id, request.mark(), request.reason());
    }
}
