package org.arbiter.web.problem;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.arbiter.api.problem.FieldViolation;
import org.arbiter.api.problem.ProblemType;

/** 413 for a body over the limit. */
@Provider
public class BodyTooLargeExceptionMapper implements ExceptionMapper<BodyTooLargeException> {

    @Inject
    RequestPath path;

    @Override
    public Response toResponse(BodyTooLargeException e) {
        String detail = "the request body is over the limit of " + e.limit() + " bytes";
        return Problems.response(413, ProblemType.PAYLOAD_TOO_LARGE, detail, path.value(),
                List.of(new FieldViolation("body", "is over the limit of " + e.limit() + " bytes")), null);
    }
}
