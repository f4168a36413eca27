package org.arbiter.integration.order;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.arbiter.shared.Constraints;

/**
 * The order port's built-in adapter: answers from the snapshots and scans the marketplace pushed. The
 * platform's own table is the source, so a dispute keeps the order as it was known even if the
 * marketplace later forgets it. The built-in payment and logistics adapters read the same snapshots.
 * Typed to its class: the rest of the code gets the port that {@link org.arbiter.integration.IntegrationPorts}
 * chose.
 */
@ApplicationScoped
@Typed(OrderSnapshots.class)
public class OrderSnapshots implements OrderPort {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<OrderFacts> find(String orderId) {
        return Optional.ofNullable(em.find(OrderSnapshot.class, orderId)).map(OrderSnapshot::facts);
    }

    /** The stored snapshot, as last pushed and moved on by logistics events. */
    public Optional<OrderSnapshot> stored(String orderId) {
        return snapshot(orderId, false);
    }

    Optional<OrderSnapshot> snapshot(String orderId, boolean forUpdate) {
        return Optional.ofNullable(forUpdate
                ? em.find(OrderSnapshot.class, orderId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(OrderSnapshot.class, orderId));
    }

    /** @throws OrderStoredConcurrentlyException when another transaction stored the same order first */
    void add(OrderSnapshot snapshot) {
        try {
            em.persist(snapshot);
            em.flush();
        } catch (PersistenceException e) {
            // The primary key is the only unique constraint of the table: H2 and PostgreSQL name it differently.
            if (Constraints.violatedAny(e)) {
                throw new OrderStoredConcurrentlyException(snapshot.getOrderId());
            }
            throw e;
        }
    }

    /** The order's logistics events, oldest first. */
    public List<LogisticsEvent> scans(String orderId) {
        return em.createQuery("select e from LogisticsEvent e where e.orderId = :order order by e.occurredAt, e.id",
                        LogisticsEvent.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    /** The stored scan of the order with the same status at the same time as {@code scan}, if any. */
    Optional<LogisticsEvent> scanLike(String orderId, LogisticsEvent scan) {
        return em.createQuery("""
                        select e from LogisticsEvent e
                        where e.orderId = :order and e.status = :status and e.occurredAt = :at
                        order by e.id""", LogisticsEvent.class)
                .setParameter("order", orderId)
                .setParameter("status", scan.getStatus())
                .setParameter("at", scan.getOccurredAt())
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    void add(LogisticsEvent scan) {
        em.persist(scan);
    }
}
