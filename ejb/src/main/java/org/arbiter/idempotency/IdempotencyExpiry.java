package org.arbiter.idempotency;

import java.time.Clock;
import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets stored answers older than {@code arbiter.idempotency.keep}: a client retries within minutes, and after
 * that a repeated request is a new one (a repeated complaint then meets the duplicate check instead). Every node
 * runs it every hour; deleting what another node already deleted is harmless.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IdempotencyExpiry {

    private static final System.Logger LOG = System.getLogger(IdempotencyExpiry.class.getName());
    private static final int BATCH = 1000;
    private static final Duration EVERY = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "arbiter.idempotency.keep")
    Duration keep;

    @Resource
    SessionContext context;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(Duration.ofMinutes(1).toMillis(), EVERY.toMillis(), new TimerConfig("idempotency-expiry", false));
    }

    @Timeout
    void onTimer(Timer timer) {
        try {
            long deleted = 0;
            int batch;
            do {
                batch = context.getBusinessObject(IdempotencyExpiry.class).expireBatch();
                deleted += batch;
            } while (batch == BATCH);
            if (deleted > 0) {
                LOG.log(System.Logger.Level.INFO, "forgot {0} stored answers older than {1}", deleted, keep);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "expiring stored idempotent answers failed; the next run tries again", e);
        }
    }

    /** Deletes up to one batch of the oldest expired answers, in a transaction of its own; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireBatch() {
        return em.createNativeQuery("DELETE FROM idempotency_record WHERE id IN (SELECT id FROM idempotency_record "
                        + "WHERE created_at < ?1 ORDER BY created_at FETCH FIRST " + BATCH + " ROWS ONLY)")
                .setParameter(1, clock.instant().minus(keep))
                .executeUpdate();
    }
}
