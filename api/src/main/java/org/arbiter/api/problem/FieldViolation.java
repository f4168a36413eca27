package org.arbiter.api.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One wrong field of a request.
 *
 * @param field   where the field is: a JSON path such as {@code items[0].quantity}, a query parameter
 *                or a header name
 * @param message what is wrong with it, for a person
 */
@Schema(name = "FieldViolation")
public record FieldViolation(String field, String message) {
}
