package org.arbiter.api.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem: a stable {@code type} a client can switch on, a human {@code detail}, and the
 * fields that were wrong.
 *
 * @param type     a stable URI reference naming the kind of problem, see {@link ProblemType}
 * @param title    a short, human summary of the type
 * @param status   the HTTP status code
 * @param detail   what went wrong with this request, for a person
 * @param instance the request path
 * @param errors   the fields that were wrong, if the problem is about input; absent otherwise
 * @param caseNumber the case the problem points at (for a duplicate complaint: the open case)
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldViolation> errors,
        String caseNumber) {

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }
}
