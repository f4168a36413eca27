package org.arbiter.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a transactional service method as a write a client may retry with an {@code Idempotency-Key}
 * ({@link IdempotentWriteInterceptor}): the retry gets the first answer, and the write happens once. The method
 * takes the {@link org.arbiter.shared.Caller} and returns a JSON-shaped answer (a view record); its other
 * arguments are what makes two requests the same.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotentWrite {
}
