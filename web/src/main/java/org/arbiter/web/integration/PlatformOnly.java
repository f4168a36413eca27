package org.arbiter.web.integration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks resources only the marketplace's own systems ({@code PLATFORM}) call. {@link PlatformOnlyCheck} checks their
 * callers before the body is read and validated: anyone else gets the 403 whatever they send, not a 400 listing the
 * API's fields first. The services check the role again; this only puts the refusal first.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PlatformOnly {
}
