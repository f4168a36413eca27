package org.arbiter.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Free text of at most {@link #value()} characters, counted as people count them (Unicode code points), the way
 * the description's limit and the database's {@code VARCHAR} count. {@code @Size} counts UTF-16 units: an emoji
 * or a rare Han character counts twice, so 2,600 of them were refused as more than 5,000. {@code null} is valid.
 */
@Constraint(validatedBy = MaxCharactersValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
public @interface MaxCharacters {

    int value();

    String message() default "must be at most {value} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
