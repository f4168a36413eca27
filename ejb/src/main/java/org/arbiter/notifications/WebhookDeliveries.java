package org.arbiter.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The webhook outbox's bookkeeping, each step in a short transaction of its own: take due notifications
 * (skipping those another node holds), then record how each delivery went. The HTTP call happens between
 * the two, outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookDeliveries {

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationSettings settings;

    @Inject
    Clock clock;

    /**
     * A batch of due notifications leased to this node. The lease outlasts the whole batch: its deliveries run one
     * after another, each cut off at twice the timeout ({@link WebhookClient}), so a node that is slow but alive keeps
     * what it took, and only a node that stopped reporting loses it to another.
     */
    public record Leased(Instant until, List<WebhookDelivery> deliveries) {
    }

    /** Leases up to {@code limit} due notifications to this node (those another node holds are skipped). */
    public Leased lease(int limit) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select id from notification
                        where webhook_state in ('PENDING', 'SENDING') and webhook_next_attempt_at <= ?1
                        order by webhook_next_attempt_at
                        limit ?2
                        for update skip locked""")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        List<WebhookDelivery> leased = new ArrayList<>(ids.size());
        // Milliseconds, so that the time read back from either database is the one written.
        Instant leaseEnds = now.plus(settings.timeout().multipliedBy(2L * (limit + 1))).truncatedTo(ChronoUnit.MILLIS);
        for (Number id : ids) {
            Notification notification = em.find(Notification.class, id.longValue());
            notification.lease(leaseEnds);
            leased.add(WebhookDelivery.of(notification));
        }
        return new Leased(leaseEnds, leased);
    }

    /** Records the delivery, unless the lease ran out and another node took the notification meanwhile. */
    public void delivered(long id, Instant leasedUntil) {
        Notification notification = locked(id);
        if (notification.isLeasedUntil(leasedUntil)) {
            notification.delivered();
        }
    }

    /** Records the failed attempt, unless the lease ran out: then the node that holds it now decides. */
    public void failed(long id, Instant leasedUntil, String error) {
        Notification notification = locked(id);
        if (notification.isLeasedUntil(leasedUntil)) {
            notification.failed(error, clock.instant(), settings.backoff(), settings.maxAttempts());
        }
    }

    /** Read under the row's lock: another node's lease, taken but not yet committed, is waited for and then seen. */
    private Notification locked(long id) {
        return em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}
