package org.arbiter.idempotency;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arbiter.shared.Caller;

/**
 * Finds, before a guarded write runs, the answer its key got the first time, if the request is a retry. For checks
 * that come before the write and would judge the retry against what the first request changed: an upload's
 * quota, which the first upload used up, must not turn its retry into a 413 instead of the first answer.
 */
@ApplicationScoped
public class IdempotentRetries {

    @Inject
    IdempotencyRequest request;

    @Inject
    IdempotencyStore store;

    /** The first answer of {@code service.method} (an {@link IdempotentWrite}) to the caller's key, if it has one. */
    public Optional<StoredResponse> firstAnswer(Caller caller, Class<?> service, String method) {
        String key = IdempotencyRequest.inTheRequest(request::key);
        return key == null ? Optional.empty()
                : store.answerTo(caller.userId(), IdempotentWriteInterceptor.operationOf(service, method), key);
    }
}
