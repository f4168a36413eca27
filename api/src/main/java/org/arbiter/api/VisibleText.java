package org.arbiter.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Free text someone can read: at least one character that is not a space, a control or formatting character or a
 * combining mark. {@code @NotBlank} counts only ASCII whitespace, so a statement of no-break spaces, zero-width
 * spaces or ideographic spaces passed it, moved the case on, and was stored as nothing. {@code null} is valid
 * (with {@code @NotNull}/{@code @NotBlank} where the text is required).
 */
@Constraint(validatedBy = VisibleTextValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
public @interface VisibleText {

    String message() default VisibleTextValidator.MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
