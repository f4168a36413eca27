package org.arbiter.web.problem;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.arbiter.api.problem.FieldViolation;
import org.arbiter.api.problem.ProblemType;
import org.arbiter.shared.UnacceptableTextException;

/**
 * A body that is not JSON, or JSON of the wrong shape: which field, and what was expected there. Jackson's
 * own messages are not passed on; they name Java classes.
 */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Inject
    RequestPath path;

    @Override
    public Response toResponse(JsonProcessingException e) {
        String duplicate = duplicateField(e);
        if (duplicate != null) {
            String message = "is given more than once";
            return Problems.response(400, ProblemType.VALIDATION, duplicate + " " + message, path.value(),
                    List.of(new FieldViolation(duplicate, message)), null);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = field(mapping);
            String message = message(mapping);
            return Problems.response(400, ProblemType.VALIDATION, field + " " + message, path.value(),
                    List.of(new FieldViolation(field, message)), null);
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String detail = e instanceof JsonParseException ? "the body is not valid JSON" + where
                : "the body is not a JSON object of the expected shape" + where;
        return Problems.response(400, ProblemType.MALFORMED_BODY, detail, path.value(),
                List.of(new FieldViolation("body", detail)), null);
    }

    /**
     * The field a body names twice (Jackson's strict duplicate detection), with its path, or null. Inside a nested
     * object Jackson wraps the parser's error in a mapping error that carries the path to that object.
     */
    static String duplicateField(JsonProcessingException e) {
        String prefix = "Duplicate field '";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause instanceof JsonParseException parse ? parse.getOriginalMessage() : null;
            int end = message == null || !message.startsWith(prefix) ? -1 : message.indexOf('\'', prefix.length());
            if (end < 0) {
                continue;
            }
            String name = message.substring(prefix.length(), end);
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                return field(mapping) + "." + name;
            }
            JsonParser parser = ((JsonParseException) cause).getProcessor();
            return parser != null && parser.getParsingContext() != null
                    ? pathOf(parser.getParsingContext().getParent(), name) : name;
        }
        return null;
    }

    /** {@code logistics.carrier}, {@code items[0].sku}: where in the document the name sits. */
    private static String pathOf(JsonStreamContext parent, String name) {
        Deque<String> segments = new ArrayDeque<>();
        segments.push(name);
        for (JsonStreamContext context = parent; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                segments.push("[" + context.getCurrentIndex() + "]");
            } else if (context.getCurrentName() != null) {
                segments.push(context.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            path.append(segment.startsWith("[") || path.length() == 0 ? "" : ".").append(segment);
        }
        return path.toString();
    }

    static String field(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnacceptableTextException) {
            return e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "must be one of " + Arrays.toString(target.getEnumConstants());
            }
            return "has the wrong format" + expected(target);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return "has the wrong type" + expected(mismatched.getTargetType());
        }
        return "cannot be read";
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "";
        }
        if (target == String.class) {
            return ": expected a string";
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class) {
            return ": expected a whole number";
        }
        if (target == Instant.class) {
            return ": expected an ISO-8601 instant such as 2026-11-01T08:00:00Z";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return ": expected an array";
        }
        if (target.isRecord()) {
            return ": expected an object";
        }
        return "";
    }
}
