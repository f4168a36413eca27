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
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.arbiter.shared.Constraints;
import org.arbiter.shared.Json;

/**
 * Remembers the first answer to each idempotency key, inside the caller's transaction, so that the key, the
 * write it guards and the answer commit together or not at all.
 *
 * <p>The happy path costs one insert: a write {@link #remember}s its answer before it writes anything else,
 * and the unique key makes a second request with the same key fail there ({@link IdempotencyKeyTakenException});
 * that request then reads the first answer with {@link #replay} in a transaction of its own.
 */
@ApplicationScoped
public class IdempotencyStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Stores the answer under the key, flushed at once so that a concurrent request with the same key waits
     * here and then fails.
     *
     * @param answer the body, written with the API's own mapper so that a replay is byte for byte the same
     * @throws IdempotencyKeyTakenException when the key is already stored
     */
    public void remember(String callerId, String operation, String key, String requestHash, int status,
                         String location, Object answer) {
        IdempotencyRecord record = new IdempotencyRecord(callerId, operation, key, requestHash, clock.instant(),
                new StoredResponse(status, location, json(answer)));
        try {
            em.persist(record);
            em.flush();
        } catch (PersistenceException e) {
            // Only the key's own constraint means "seen before"; any other failure is not a retry to answer.
            if (Constraints.violated(e, "uk_idempotency_record")) {
                throw new IdempotencyKeyTakenException();
            }
            throw e;
        }
    }

    /**
     * The first answer to this request, if there was one.
     *
     * @throws IdempotencyKeyReusedException when the key was used for another request
     */
    public Optional<StoredResponse> replay(String callerId, String operation, String key, String requestHash) {
        return recordOf(callerId, key).map(found -> {
            if (!found.isFor(operation, requestHash)) {
                throw new IdempotencyKeyReusedException();
            }
            return found.response();
        });
    }

    /**
     * The answer this caller's key got for the operation, whatever the request was; to be replayed or refused.
     *
     * @throws IdempotencyKeyReusedException when the key was used for another kind of write
     */
    public Optional<StoredResponse> answerTo(String callerId, String operation, String key) {
        return recordOf(callerId, key).map(found -> {
            if (!found.isFor(operation)) {
                throw new IdempotencyKeyReusedException();
            }
            return found.response();
        });
    }

    /** A key names one request of its caller, whatever the operation (the table keeps it unique so). */
    private Optional<IdempotencyRecord> recordOf(String callerId, String key) {
        return em.createQuery("""
                        select r from IdempotencyRecord r
                        where r.callerId = :caller and r.key = :key""",
                        IdempotencyRecord.class)
                .setParameter("caller", callerId)
                .setParameter("key", key)
                // Records are written by other transactions only: nothing pending here needs flushing first.
                .setFlushMode(FlushModeType.COMMIT)
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

    private static String json(Object answer) {
        try {
            return Json.mapper().writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + answer.getClass().getSimpleName(), e);
        }
    }
}
