package org.arbiter.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks staff work (correcting a classification, assigning, asking a party, marking evidence, classifying a text)
 * on a resource class or on its methods: {@link RoleChecks} refuses callers without a staff role before the
 * body is read and validated, so a party gets the 403 whatever it sends, not a 400 about the body first. Which
 * staff role may do what, and that a staff account does not work its own case, the services and the case decide
 * as before.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StaffOnly {
}
