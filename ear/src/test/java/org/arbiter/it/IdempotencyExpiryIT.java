package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.arbiter.idempotency.IdempotencyExpiry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Stored answers older than arbiter.idempotency.keep (a day) are forgotten; younger ones stay. */
@ExtendWith(ArquillianExtension.class)
class IdempotencyExpiryIT {

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.withTestInside(IdempotencyExpiryIT.class, Database.class);
    }

    @Inject
    IdempotencyExpiry expiry;

    @Inject
    Database db;

    @Inject
    Clock clock;

    private String store(long id, Instant createdAt) {
        String key = UUID.randomUUID().toString();
        db.update("insert into idempotency_record (id, caller_id, operation, idem_key, request_hash, status_code, location, "
                + "response_body, created_at) values (?1, 'buyer-expiry', 'file-complaint', ?2, 'h', 201, '/x', '{}', ?3)",
                id, key, createdAt);
        return key;
    }

    private boolean stored(String key) {
        return ((Number) db.value("select count(*) from idempotency_record where idem_key = ?1", key)).longValue() == 1;
    }

    @Test
    void answersOlderThanADayAreForgottenAndYoungerOnesKept() {
        long id = -Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) - 10;
        String old = store(id, clock.instant().minus(Duration.ofDays(1)).minusSeconds(60));
        String young = store(id - 1, clock.instant().minus(Duration.ofHours(23)));

        while (expiry.expireBatch() > 0) {
            // until nothing expired is left
        }

        assertThat(stored(old)).isFalse();
        assertThat(stored(young)).isTrue();
    }
}
