package org.arbiter.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

import org.arbiter.shared.Caller;

/**
 * Tells, before a guarded write runs, whether the request is the retry of one its key has answered. For checks
 * that come before the write and would judge the retry against what the first request changed: an upload's
 * quota, which the first upload used up, must not turn its retry into a 413 instead of the first answer.
 */
@ApplicationScoped
public class IdempotentRetries {

    @Inject
    IdempotencyRequest request;

    @Inject
    IdempotencyStore store;

    /** Whether the caller's key has answered {@code service.method} (an {@link IdempotentWrite}) before. */
    public boolean isRetryOfAnAnswered(Caller caller, Class<?> service, String method) {
        String key;
        try {
            key = request.key();
        } catch (ContextNotActiveException e) {
            return false; // no HTTP request, no key
        }
        return key != null
                && store.answered(caller.userId(), IdempotentWriteInterceptor.operationOf(service, method), key);
    }
}
