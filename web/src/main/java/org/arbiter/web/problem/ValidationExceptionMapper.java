package org.arbiter.web.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.arbiter.api.ApiHeaders;
import org.arbiter.api.problem.FieldViolation;
import org.arbiter.api.problem.ProblemType;
import org.jboss.resteasy.api.validation.ResteasyViolationException;

/**
 * Bean Validation failures of a request: each violation names its field as a JSON path into the body
 * ({@code items[0].quantity}), or the header or parameter it was found in.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ResteasyViolationException> {

    /** Method parameters that are not the body, by their Java name, and what the client calls them. */
    private static final Map<String, String> PARAMETER_NAMES = Map.of("idempotencyKey", ApiHeaders.IDEMPOTENCY_KEY);

    @Inject
    RequestPath path;

    @Override
    public Response toResponse(ResteasyViolationException e) {
        if (!e.getReturnValueViolations().isEmpty()) {
            // The server broke its own contract; that is not the client's fault.
            throw new IllegalStateException("response failed validation: " + e.getReturnValueViolations());
        }
        List<FieldViolation> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldViolation(field(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldViolation::field));
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are not valid";
        return Problems.response(400, ProblemType.VALIDATION, detail, path.value(), errors, null);
    }

    /** {@code fileComplaint.complaint.items[0].sku} → {@code items[0].sku}; the body itself → {@code body}. */
    static String field(Path propertyPath) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : propertyPath) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        if (parameter != null && PARAMETER_NAMES.containsKey(parameter)) {
            return PARAMETER_NAMES.get(parameter);
        }
        return "body";
    }
}
