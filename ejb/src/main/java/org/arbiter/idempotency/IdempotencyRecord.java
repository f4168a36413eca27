package org.arbiter.idempotency;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An idempotency key: whose, for which operation, the fingerprint of the request, and the answer it got. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotency_record_seq")
    @SequenceGenerator(name = "idempotency_record_seq", sequenceName = "idempotency_record_seq", allocationSize = 50)
    private Long id;

    @Column(name = "caller_id", nullable = false, updatable = false, length = 64)
    private String callerId;

    @Column(name = "operation", nullable = false, updatable = false, length = 48)
    private String operation;

    @Column(name = "idem_key", nullable = false, updatable = false, length = 128)
    private String key;

    @Column(name = "request_hash", nullable = false, updatable = false, length = 64)
    private String requestHash;

    @Column(name = "status_code", nullable = false, updatable = false)
    private int statusCode;

    @Column(name = "location", updatable = false, length = 300)
    private String location;

    /** As long as the answer is: a case view grows with its messages (TEXT, a large object on H2). */
    @Column(name = "response_body", nullable = false, updatable = false, length = Integer.MAX_VALUE)
    private String responseBody;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
        // for JPA
    }

    IdempotencyRecord(String callerId, String operation, String key, String requestHash, Instant createdAt,
                      StoredResponse response) {
        this.callerId = Objects.requireNonNull(callerId);
        this.operation = Objects.requireNonNull(operation);
        this.key = Objects.requireNonNull(key);
        this.requestHash = Objects.requireNonNull(requestHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.statusCode = response.status();
        this.location = response.location();
        this.responseBody = response.body();
    }

    /** Whether the key was used for this operation with this request: anything else is the key reused. */
    boolean isFor(String operation, String hash) {
        return isFor(operation) && requestHash.equals(hash);
    }

    boolean isFor(String operation) {
        return this.operation.equals(operation);
    }

    StoredResponse response() {
        return new StoredResponse(statusCode, location, responseBody);
    }
}
