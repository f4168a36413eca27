package org.arbiter.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks resources only the marketplace's own systems ({@code PLATFORM}) call, on the resource class or on its
 * methods: {@link RoleChecks} refuses anyone else before the body is read and validated, so they get the 403
 * whatever they send, not a 400 listing the API's fields first. The services check the role again; this only puts
 * the refusal first.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PlatformOnly {
}
