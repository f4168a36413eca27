package org.arbiter.web.problem;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.arbiter.api.problem.FieldViolation;
import org.arbiter.api.problem.ProblemType;
import org.arbiter.cases.DuplicateComplaintException;
import org.arbiter.cases.IllegalTransitionException;
import org.arbiter.idempotency.IdempotencyKeyTakenException;
import org.arbiter.idempotency.IdempotencyKeyReusedException;
import org.arbiter.integration.IntegrationFailureException;
import org.arbiter.shared.ArbiterException;
import org.arbiter.shared.ConflictException;
import org.arbiter.shared.ForbiddenException;
import org.arbiter.shared.InvalidRequestException;
import org.arbiter.shared.NotFoundException;
import org.arbiter.shared.PayloadTooLargeException;
import org.arbiter.shared.UnsupportedContentException;

/** The application's own refusals, each with its status and stable problem type. */
@Provider
public class ArbiterExceptionMapper implements ExceptionMapper<ArbiterException> {

    @Inject
    RequestPath path;

    @Override
    public Response toResponse(ArbiterException e) {
        String instance = path.value();
        if (e instanceof InvalidRequestException invalid) {
            return Problems.response(400, ProblemType.VALIDATION, e.getMessage(), instance, invalid.violations(), null);
        }
        if (e instanceof NotFoundException) {
            return Problems.response(404, ProblemType.NOT_FOUND, e.getMessage(), instance);
        }
        if (e instanceof ForbiddenException) {
            return Problems.response(403, ProblemType.FORBIDDEN, e.getMessage(), instance);
        }
        // An upload's bytes are the request's "content" (as for an empty upload's 400).
        if (e instanceof PayloadTooLargeException) {
            return Problems.response(413, ProblemType.PAYLOAD_TOO_LARGE, e.getMessage(), instance,
                    List.of(new FieldViolation("content", e.getMessage())), null);
        }
        if (e instanceof UnsupportedContentException unsupported) {
            return Problems.response(415, ProblemType.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), instance,
                    List.of(new FieldViolation(unsupported.field(), e.getMessage())), null);
        }
        if (e instanceof IllegalTransitionException) {
            return Problems.response(409, ProblemType.ILLEGAL_TRANSITION, e.getMessage(), instance);
        }
        if (e instanceof DuplicateComplaintException duplicate) {
            return Problems.response(409, ProblemType.DUPLICATE_COMPLAINT, e.getMessage(), instance, List.of(),
                    duplicate.caseNumber());
        }
        if (e instanceof IdempotencyKeyReusedException) {
            return Problems.response(422, ProblemType.IDEMPOTENCY_KEY_REUSED, e.getMessage(), instance);
        }
        if (e instanceof IntegrationFailureException failure) {
            ProblemType type = switch (failure.failure()) {
                case TIMEOUT -> ProblemType.UPSTREAM_TIMEOUT;
                case UNAVAILABLE -> ProblemType.UPSTREAM_UNAVAILABLE;
                case BAD_ANSWER -> ProblemType.UPSTREAM_BAD_ANSWER;
            };
            return Problems.response(failure.failure().status(), type, e.getMessage(), instance);
        }
        if (e instanceof ConflictException || e instanceof IdempotencyKeyTakenException) {
            return Problems.response(409, ProblemType.CONFLICT, e.getMessage(), instance);
        }
        return Problems.response(422, ProblemType.UNPROCESSABLE, e.getMessage(), instance);
    }
}
