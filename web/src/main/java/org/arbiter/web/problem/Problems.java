package org.arbiter.web.problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import org.arbiter.api.ApiMediaTypes;
import org.arbiter.api.problem.FieldViolation;
import org.arbiter.api.problem.Problem;
import org.arbiter.api.problem.ProblemType;
import org.arbiter.shared.Json;
import org.arbiter.shared.Text;

/** Builds problem answers. */
public final class Problems {

    private static final int MAX_DETAIL = 1000;
    private static final int MAX_INSTANCE = 500;

    private Problems() {
    }

    public static Response response(int status, ProblemType type, String detail, String instance) {
        return response(status, type, detail, instance, List.of(), null);
    }

    public static Response response(int status, ProblemType type, String detail, String instance,
                                    List<FieldViolation> errors, String caseNumber) {
        Problem problem = problem(status, type, detail, instance, errors, caseNumber);
        return Response.status(status).type(ApiMediaTypes.PROBLEM_JSON).entity(problem).build();
    }

    /** A problem that names no fields and no case: for answers given before JAX-RS sees the request. */
    public static Problem problem(int status, ProblemType type, String detail, String instance) {
        return problem(status, type, detail, instance, null, null);
    }

    private static Problem problem(int status, ProblemType type, String detail, String instance,
                                   List<FieldViolation> errors, String caseNumber) {
        return new Problem(type.uri(), type.title(), status, bounded(detail, MAX_DETAIL), bounded(instance, MAX_INSTANCE),
                errors, caseNumber);
    }

    /**
     * A detail or an instance quotes what the client sent (a 70,000-character case number, its path): both are cut
     * to a length that still names it, not echoed back in full twice.
     */
    private static String bounded(String text, int max) {
        return text == null ? null : Text.cut(text, max);
    }

    /** Writes a problem straight to a servlet response: for answers given before JAX-RS sees the request. */
    public static void write(HttpServletResponse response, int status, ProblemType type, String detail, String instance)
            throws IOException {
        write(response, problem(status, type, detail, instance));
    }

    /** As {@link #write(HttpServletResponse, int, ProblemType, String, String)}, naming the fields that are wrong. */
    public static void write(HttpServletResponse response, int status, ProblemType type, String detail, String instance,
                             List<FieldViolation> errors) throws IOException {
        write(response, problem(status, type, detail, instance, errors, null));
    }

    private static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(ApiMediaTypes.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        Json.mapper().writeValue(response.getOutputStream(), problem);
    }

    /**
     * Sends a problem on an Undertow exchange: for answers given in front of the servlets, on the I/O thread
     * (nothing here blocks). Headers the answer needs besides the content type are set by the caller first.
     */
    public static void send(HttpServerExchange exchange, int status, ProblemType type, String detail)
            throws JsonProcessingException {
        send(exchange, problem(status, type, detail, exchange.getRequestURI()));
    }

    /** As {@link #send(HttpServerExchange, int, ProblemType, String)}, naming the field (a header) that is wrong. */
    public static void send(HttpServerExchange exchange, int status, ProblemType type, String detail,
                            FieldViolation error) throws JsonProcessingException {
        send(exchange, problem(status, type, detail, exchange.getRequestURI(), List.of(error), null));
    }

    private static void send(HttpServerExchange exchange, Problem problem) throws JsonProcessingException {
        byte[] body = Json.mapper().writeValueAsBytes(problem);
        exchange.setStatusCode(problem.status());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, ApiMediaTypes.PROBLEM_JSON + ";charset=UTF-8");
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }

    /** The problem type that goes with a status the container or JAX-RS produced. */
    public static ProblemType typeFor(int status) {
        return switch (status) {
            // JSON bodies have their own mapper (malformed-body, validation); a 400 that reaches here is about the
            // request line or a header.
            case 400 -> ProblemType.BAD_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 422 -> ProblemType.UNPROCESSABLE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.BAD_REQUEST;
        };
    }
}
