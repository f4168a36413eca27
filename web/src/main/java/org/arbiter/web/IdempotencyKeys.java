package org.arbiter.web;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import org.arbiter.api.ApiHeaders;
import org.arbiter.idempotency.IdempotencyRequest;
import org.arbiter.shared.InvalidRequestException;

/**
 * Hands a write's {@code Idempotency-Key} to the service layer ({@link IdempotencyRequest}), where the guarded
 * writes ({@link org.arbiter.idempotency.IdempotentWrite}) store and replay their answers, and marks a replayed
 * answer with {@code Idempotent-Replayed: true}. A key that does not fit the rule, or is sent twice, is a 400
 * naming the header: silently ignored, it would leave the client believing its retries safe.
 */
@Provider
@ApplicationScoped
public class IdempotencyKeys implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Pattern KEY = Pattern.compile(ApiHeaders.IDEMPOTENCY_KEY_PATTERN);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    IdempotencyRequest idempotency;

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> keys = request.getHeaders().get(ApiHeaders.IDEMPOTENCY_KEY);
        if (keys == null || keys.isEmpty() || !WRITES.contains(request.getMethod())) {
            return;
        }
        if (keys.size() > 1) {
            throw new InvalidRequestException(ApiHeaders.IDEMPOTENCY_KEY, "must be sent once, not " + keys.size() + " times");
        }
        if (!KEY.matcher(keys.get(0)).matches()) {
            throw new InvalidRequestException(ApiHeaders.IDEMPOTENCY_KEY, ApiHeaders.IDEMPOTENCY_KEY_RULE);
        }
        idempotency.keyed(keys.get(0));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (WRITES.contains(request.getMethod()) && idempotency.isReplayed()) {
            response.getHeaders().putSingle(ApiHeaders.IDEMPOTENT_REPLAY, "true");
        }
    }
}
