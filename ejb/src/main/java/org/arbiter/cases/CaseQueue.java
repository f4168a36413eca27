package org.arbiter.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * Reads the queue: nearest deadline first, keyset-paged. Every variant is served by an index on
 * {@code (<filter column>, next_deadline_at, id)}, so a deep page costs what the first one does.
 */
@ApplicationScoped
public class CaseQueue {

    private static final String ROW = "select new org.arbiter.cases.QueueRow(c.id, c.caseNumber, c.status, "
            + "c.priority, c.classification.type, c.orderId, c.complainant.userId, c.respondent.userId, "
            + "c.assignee, c.escalationLevel, c.nextDeadlineAt, c.nextDeadlineKind, c.nextDeadlineObligor, c.submittedAt) "
            + "from DisputeCase c where 1 = 1";

    @PersistenceContext
    EntityManager em;

    /**
     * The staff work queue: every case matching the filter except those the staff member is a party to, which
     * they may not work (another specialist or a supervisor does) and read by their number.
     */
    public List<QueueRow> staffPage(String staffId, QueueFilter filter, QueueCursor after, int limit) {
        // A filter on the rows the index scan reads, not a range: a staff member is a party to few cases.
        return page(filter, "c.complainant.userId <> :party and c.respondent.userId <> :party", staffId, after, limit);
    }

    /**
     * A party's own cases: those they filed and those filed against them, merged in deadline order. Two
     * index range scans instead of one OR, which no index serves in order.
     */
    public List<QueueRow> partyPage(String userId, QueueFilter filter, QueueCursor after, int limit) {
        List<QueueRow> merged = new ArrayList<>(page(filter, "c.complainant.userId = :party", userId, after, limit));
        merged.addAll(page(filter, "c.respondent.userId = :party", userId, after, limit));
        merged.sort(Comparator.comparing(QueueRow::nextDeadlineAt).thenComparingLong(QueueRow::id));
        return merged.size() > limit ? merged.subList(0, limit) : merged;
    }

    /**
     * One index range scan in deadline order.
     *
     * @param partyCondition how the case stands to the user {@code :party} ({@code partyId})
     */
    private List<QueueRow> page(QueueFilter filter, String partyCondition, String partyId, QueueCursor after,
                                int limit) {
        StringBuilder jpql = new StringBuilder(ROW).append(" and ").append(partyCondition);
        if (!filter.statuses().isEmpty()) {
            jpql.append(" and c.status in :statuses");
        }
        if (!filter.priorities().isEmpty()) {
            jpql.append(" and c.priority in :priorities");
        }
        if (!filter.types().isEmpty() && !filter.groups().isEmpty()) {
            jpql.append(" and (c.classification.type in :types or c.classification.group in :groups)");
        } else if (!filter.types().isEmpty()) {
            jpql.append(" and c.classification.type in :types");
        } else if (!filter.groups().isEmpty()) {
            jpql.append(" and c.classification.group in :groups");
        }
        if (filter.assignee() != null) {
            jpql.append(" and c.assignee = :assignee");
        } else if (filter.unassigned()) {
            jpql.append(" and c.assignee is null");
        }
        if (after != null) {
            // A row-value comparison: both databases seek the (…, next_deadline_at, id) index to the cursor.
            // Spelt out with OR, PostgreSQL walks every case that shares the cursor's deadline first, and the
            // closed cases all share one.
            jpql.append(" and (c.nextDeadlineAt, c.id) > (:afterDeadline, :afterId)");
        }
        jpql.append(" order by c.nextDeadlineAt, c.id");

        TypedQuery<QueueRow> query = em.createQuery(jpql.toString(), QueueRow.class).setMaxResults(limit);
        query.setParameter("party", partyId);
        if (!filter.statuses().isEmpty()) {
            query.setParameter("statuses", filter.statuses());
        }
        if (!filter.priorities().isEmpty()) {
            query.setParameter("priorities", filter.priorities());
        }
        if (!filter.types().isEmpty()) {
            query.setParameter("types", filter.types());
        }
        if (!filter.groups().isEmpty()) {
            query.setParameter("groups", filter.groups());
        }
        if (filter.assignee() != null) {
            query.setParameter("assignee", filter.assignee());
        }
        if (after != null) {
            query.setParameter("afterDeadline", after.deadline());
            query.setParameter("afterId", after.caseId());
        }
        return query.getResultList();
    }
}
