package org.arbiter.web.problem;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.arbiter.api.problem.FieldViolation;
import org.arbiter.api.problem.ProblemType;
import org.arbiter.shared.Text;

/**
 * What JAX-RS itself refuses (no such path, method not allowed, media type not supported, not
 * acceptable), as problems.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<jakarta.ws.rs.WebApplicationException> {

    /** How much of the client's Accept header a 406 quotes back. */
    private static final int QUOTED_ACCEPT = 100;

    @Inject
    RequestPath path;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(jakarta.ws.rs.WebApplicationException e) {
        int status = e.getResponse().getStatus();
        ProblemType type = Problems.typeFor(status);
        if (status == 400) {
            Optional<FieldViolation> header = UnreadableMediaTypes.in(headers::getRequestHeader);
            if (header.isPresent()) {
                return Problems.response(400, type, UnreadableMediaTypes.detail(header.get()), path.value(),
                        List.of(header.get()), null);
            }
        }
        String detail = switch (status) {
            case 400 -> "the request could not be read: check its path, query string and headers (Accept, "
                    + "Content-Type, Accept-Language)";
            case 404 -> e instanceof NotFoundException ? "there is nothing at " + path.value() : "not found";
            case 405 -> "this resource does not support that method"
                    + (e instanceof NotAllowedException ? "; it allows " + e.getResponse().getAllowedMethods() : "");
            // Not one type for all: the public key answers PEM, evidence content its own type.
            case 406 -> "this resource answers none of the types the Accept header asks for (" + accepted()
                    + "); leave Accept out, or see /openapi for the types it answers";
            case 415 -> "send the body as application/json";
            default -> status >= 500 ? "the server could not complete the request" : "the request cannot be processed";
        };
        // What the client may change to be served: the types it accepts, the type of the body it sends.
        List<FieldViolation> errors = switch (status) {
            case 406 -> List.of(new FieldViolation(HttpHeaders.ACCEPT, "asks for none of the types this resource answers"));
            case 415 -> List.of(new FieldViolation(HttpHeaders.CONTENT_TYPE, "must be application/json"));
            default -> List.of();
        };
        Response problem = Problems.response(status, type, detail, path.value(), errors, null);
        if (status == 405) {
            return Response.fromResponse(problem).allow(e.getResponse().getAllowedMethods()).build();
        }
        return problem;
    }

    private String accepted() {
        List<String> accept = headers.getRequestHeader(HttpHeaders.ACCEPT);
        return Text.cut(accept == null ? "" : String.join(", ", accept), QUOTED_ACCEPT);
    }
}
