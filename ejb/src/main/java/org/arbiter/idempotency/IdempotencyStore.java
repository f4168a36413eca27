package org.arbiter.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.arbiter.shared.Json;

/**
 * Claims idempotency keys and remembers answers, inside the caller's transaction: the key, the write and
 * the answer commit together or not at all.
 *
 * <p>Use: {@link #replay} first; when it finds nothing, {@link #claim} the key before writing (a second
 * request racing with the same key waits on the claim and fails with {@link ConcurrentRetryException}),
 * then {@link #remember} the answer.
 */
@ApplicationScoped
public class IdempotencyStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The first answer to this request, if it was already made.
     *
     * @throws IdempotencyKeyReusedException when the key was used for another request
     */
    public Optional<StoredResponse> replay(String callerId, String operation, String key, String requestHash) {
        return find(callerId, operation, key).map(found -> {
            if (!found.isFor(requestHash)) {
                throw new IdempotencyKeyReusedException();
            }
            return found.response();
        });
    }

    /** Claims the key for this request; flushed at once so that a concurrent claim collides here. */
    public Claimed claim(String callerId, String operation, String key, String requestHash) {
        IdempotencyRecord record = new IdempotencyRecord(callerId, operation, key, requestHash, clock.instant());
        try {
            em.persist(record);
            em.flush();
        } catch (PersistenceException e) {
            throw new ConcurrentRetryException();
        }
        return new Claimed(record);
    }

    private Optional<IdempotencyRecord> find(String callerId, String operation, String key) {
        return em.createQuery("""
                        select r from IdempotencyRecord r
                        where r.callerId = :caller and r.operation = :operation and r.key = :key""",
                        IdempotencyRecord.class)
                .setParameter("caller", callerId)
                .setParameter("operation", operation)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** The fingerprint of a request: SHA-256 of its canonical JSON. */
    public static String fingerprint(Object request) {
        try {
            byte[] json = Json.mapper().writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint " + request.getClass().getSimpleName(), e);
        }
    }

    /** A claimed key, waiting for the answer of the write it guards. */
    public static final class Claimed {

        private final IdempotencyRecord record;

        private Claimed(IdempotencyRecord record) {
            this.record = record;
        }

        /** Keeps the answer, serialised with the API's own mapper, so a replay is byte for byte the same. */
        public StoredResponse remember(int status, String location, Object body) {
            try {
                StoredResponse response = new StoredResponse(status, location, Json.mapper().writeValueAsString(body));
                record.complete(response);
                return response;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise " + body.getClass().getSimpleName(), e);
            }
        }
    }
}
