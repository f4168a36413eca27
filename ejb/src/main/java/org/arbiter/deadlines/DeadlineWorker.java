package org.arbiter.deadlines;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.arbiter.cases.CaseRepository;
import org.arbiter.cases.DisputeCase;

/**
 * One batch of the deadline engine, in a transaction of its own: find the clocks whose next action is due,
 * lock their cases (skipping cases another node or a user holds: they are picked up next time), let each
 * case take its due actions, and commit the actions, the clocks' new state, the audit entries and the
 * notices together. A case is the unit of locking, as it is for every other change, so an action happens
 * once: whoever locks the case second finds its clock already moved on.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeadlineWorker {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseRepository cases;

    @Inject
    SlaPolicy sla;

    /** Takes the due actions of the lane's cases with the oldest due clocks, up to {@code limit} clocks' worth. */
    public SweepResult runBatch(Instant now, int limit, Lane lane) {
        List<Long> due = dueCases(now, limit, lane);
        if (due.isEmpty()) {
            return new SweepResult(0, 0, 0);
        }
        return takeDueActions(now, due);
    }

    /** Takes one case's due actions: the engine's fallback when a batch failed, to find the case that fails. */
    public SweepResult runCase(Instant now, long caseId) {
        return takeDueActions(now, List.of(caseId));
    }

    /**
     * Sets a failing case's due clocks aside until {@code retryAt}, so that it does not hold up every other
     * case's deadlines. The clocks keep their due time: the action is late, never lost.
     */
    public void setAside(long caseId, Instant now, Instant retryAt) {
        em.createNativeQuery("""
                        update case_deadline set next_action_at = ?1
                        where case_id = ?2 and state = 'RUNNING' and next_action_at <= ?3""")
                .setParameter(1, retryAt)
                .setParameter(2, caseId)
                .setParameter(3, now)
                .executeUpdate();
    }

    /** The lane's cases of the oldest due clocks, oldest first; no lock is taken. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> dueCases(Instant now, int limit, Lane lane) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("""
                        select case_id from case_deadline
                        where state = 'RUNNING' and next_action_at <= ?1 and mod(case_id, ?3) = ?4
                        order by next_action_at
                        limit ?2""")
                .setParameter(1, now)
                .setParameter(2, limit)
                .setParameter(3, lane.count())
                .setParameter(4, lane.index())
                .getResultList();
        LinkedHashSet<Long> caseIds = new LinkedHashSet<>();
        due.forEach(id -> caseIds.add(id.longValue()));
        return new ArrayList<>(caseIds);
    }

    private SweepResult takeDueActions(Instant now, List<Long> caseIds) {
        @SuppressWarnings("unchecked")
        List<Number> locked = em.createNativeQuery("select id from dispute_case where id in (?1) for update skip locked")
                .setParameter(1, caseIds)
                .getResultList();
        if (locked.isEmpty()) {
            return new SweepResult(caseIds.size(), 0, 0);
        }
        List<Long> lockedIds = locked.stream().map(Number::longValue).toList();
        List<DisputeCase> batch = em.createQuery(
                        "select distinct c from DisputeCase c left join fetch c.deadlines where c.id in :ids",
                        DisputeCase.class)
                .setParameter("ids", lockedIds)
                .getResultList();
        int actions = 0;
        for (DisputeCase disputeCase : batch) {
            actions += disputeCase.runDueClocks(now, sla);
        }
        cases.updateAll(batch);
        return new SweepResult(caseIds.size(), batch.size(), actions);
    }

    /** When the engine must act next, over all running clocks. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> nextActionAt() {
        return em.createQuery("select min(d.nextActionAt) from CaseDeadline d where d.state = :running", Instant.class)
                .setParameter("running", DeadlineState.RUNNING)
                .getResultStream().filter(Objects::nonNull).findFirst();
    }
}
