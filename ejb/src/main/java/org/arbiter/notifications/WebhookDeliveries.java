package org.arbiter.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    /** Leases up to {@code limit} due notifications to this node until twice the delivery timeout from now. */
    public List<WebhookDelivery> lease(int limit) {
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
        Instant leaseEnds = now.plus(settings.timeout().multipliedBy(2));
        for (Number id : ids) {
            Notification notification = em.find(Notification.class, id.longValue());
            notification.lease(leaseEnds);
            leased.add(WebhookDelivery.of(notification));
        }
        return leased;
    }

    public void delivered(long id) {
        em.find(Notification.class, id).delivered();
    }

    public void failed(long id, String error) {
        em.find(Notification.class, id).failed(error, clock.instant(), settings.backoff(), settings.maxAttempts());
    }
}
