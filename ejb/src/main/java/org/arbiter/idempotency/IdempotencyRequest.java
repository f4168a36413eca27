package org.arbiter.idempotency;

import java.util.function.Supplier;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;

/**
 * The {@code Idempotency-Key} of the HTTP request being served, set by the web layer, and whether its answer
 * is a replay. The first guarded write of the request takes the key, so a guarded write it calls is not
 * guarded again under the same key.
 */
@RequestScoped
public class IdempotencyRequest {

    private String key;
    private boolean replayed;

    public void keyed(String idempotencyKey) {
        this.key = idempotencyKey;
    }

    /** The key without taking it: {@code null} when the request has none or a guarded write took it. */
    String key() {
        return key;
    }

    /** The key, once: {@code null} after the first call and when the request has none. */
    String take() {
        String taken = key;
        key = null;
        return taken;
    }

    /**
     * What {@code read} gets from the request's instance, or {@code null} outside an HTTP request (a timer, a
     * start-up task), where there is no request, hence no key, and the bean's proxy throws.
     */
    static String inTheRequest(Supplier<String> read) {
        try {
            return read.get();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    void answeredWithReplay() {
        replayed = true;
    }

    /** Whether the request was answered with a stored first answer: the client is told so in a header. */
    public boolean isReplayed() {
        return replayed;
    }
}
