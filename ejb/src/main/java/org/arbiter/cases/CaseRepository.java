package org.arbiter.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.arbiter.deadlines.ClocksChanged;
import org.arbiter.deadlines.DeadlineSettings;
import org.arbiter.shared.Constraints;

/** Stores and finds cases, and appends their audit entries. Joins the caller's transaction. */
@ApplicationScoped
public class CaseRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    NoticeSink notices;

    @Inject
    Event<ClocksChanged> clocksChanged;

    @Inject
    DeadlineSettings deadlineSettings;

    @Inject
    Clock clock;

    /**
     * Stores a new case with its clocks and first audit entries, at once, so that a concurrent filing of
     * the same complaint collides here on the open-case key rather than at commit.
     *
     * @throws DuplicateComplaintException when that collision happens
     */
    public void add(DisputeCase filed) {
        em.persist(filed);
        appendAudit(filed);
        flushOrRefuseDuplicate(filed, "the same complaint was just filed by a concurrent request; look it up in your cases");
        wakeTheEngineIfSoon(filed);
    }

    /**
     * Writes what changed on a loaded case and appends its new audit entries.
     *
     * @throws DuplicateComplaintException when the change makes it the same complaint as another open case
     */
    public void update(DisputeCase changed) {
        appendAudit(changed);
        flushOrRefuseDuplicate(changed, "the complainant has another open case of that type about this order");
        wakeTheEngineIfSoon(changed);
    }

    /** Short clocks (tests, demos) must not wait for the engine's next sweep. */
    private void wakeTheEngineIfSoon(DisputeCase disputeCase) {
        Instant soon = clock.instant().plus(deadlineSettings.sweepInterval());
        disputeCase.nextActionAt().filter(at -> at.isBefore(soon))
                .ifPresent(at -> clocksChanged.fire(new ClocksChanged(at)));
    }

    private void flushOrRefuseDuplicate(DisputeCase written, String message) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "uk_case_open_key")) {
                throw DuplicateComplaintException.collidedOn(written.getOpenKey(), message);
            }
            throw e;
        }
    }

    /**
     * The number of another open case that already holds the complaint a loaded case is about to become (its
     * changed {@link DisputeCase#getOpenKey()}), read without writing the change first: written, it would collide.
     */
    public Optional<String> otherOpenCaseWith(DisputeCase changed) {
        if (changed.getOpenKey() == null) {
            return Optional.empty();
        }
        return em.createQuery("select c.caseNumber from DisputeCase c where c.openKey = :key and c.id <> :id",
                        String.class)
                .setParameter("key", changed.getOpenKey())
                .setParameter("id", changed.getId())
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst();
    }

    /** The number of the open case that holds this complaint ({@link DisputeCase#getOpenKey()}), if one does. */
    public Optional<String> openCaseWith(String openKey) {
        return em.createQuery("select c.caseNumber from DisputeCase c where c.openKey = :key", String.class)
                .setParameter("key", openKey)
                .getResultStream().findFirst();
    }

    /** What the aggregate wrote besides itself: audit entries, messages, notices. */
    private void appendAudit(DisputeCase disputeCase) {
        for (AuditEntry entry : disputeCase.drainUnsavedAudit()) {
            em.persist(entry);
        }
        for (CaseMessage message : disputeCase.drainUnsavedMessages()) {
            em.persist(message);
        }
        List<CaseNotice> raised = disputeCase.drainUnsentNotices();
        if (!raised.isEmpty()) {
            notices.accept(disputeCase, raised);
        }
    }

    /** Stores what the deadline engine changed on many cases at once, with a single flush. */
    public void updateAll(List<DisputeCase> changed) {
        changed.forEach(this::appendAudit);
        em.flush();
    }

    public List<CaseMessage> messages(DisputeCase disputeCase) {
        return em.createQuery("select m from CaseMessage m where m.caseId = :id order by m.id", CaseMessage.class)
                .setParameter("id", disputeCase.getId())
                .getResultList();
    }

    public Optional<DisputeCase> find(CaseNumber number) {
        return em.createQuery("select c from DisputeCase c where c.caseNumber = :number", DisputeCase.class)
                .setParameter("number", number.value())
                .getResultStream().findFirst();
    }

    /** The case number of a case known by its id (cases point at each other by id). */
    public String numberOf(long caseId) {
        return em.createQuery("select c.caseNumber from DisputeCase c where c.id = :id", String.class)
                .setParameter("id", caseId)
                .getSingleResult();
    }

    /** Loads a case to change it, locking its row until the transaction ends: changes to a case queue up. */
    public Optional<DisputeCase> findForUpdate(CaseNumber number) {
        return em.createQuery("select c from DisputeCase c where c.caseNumber = :number", DisputeCase.class)
                .setParameter("number", number.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /**
     * What intake needs to know about the complainant's other cases, in one round trip: how many complaints
     * they filed since {@code since} (counting stops at {@code cap}, so a heavy user's history is not read
     * on every filing), and the open case that is the same complaint (same order and type, or same text).
     * The count is ordered so that the database walks the (complainant, submitted) index from the newest
     * and stops at the cap; unordered, PostgreSQL may choose a bitmap scan that reads every match first.
     */
    public IntakeHistory history(String complainantId, Instant since, int cap, String orderId, String openKey,
                                 String descriptionHash) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select
                          (select count(*) from (select 1 from dispute_case
                                                 where complainant_id = ?1 and submitted_at >= ?2
                                                 order by submitted_at desc limit ?3) recent),
                          (select case_number from dispute_case
                           where order_id = ?4 and complainant_id = ?1 and open_key is not null
                             and (open_key = ?5 or description_hash = ?6)
                           order by id limit 1)""")
                .setParameter(1, complainantId)
                .setParameter(2, since)
                .setParameter(3, cap)
                .setParameter(4, orderId)
                .setParameter(5, openKey)
                .setParameter(6, descriptionHash)
                .getSingleResult();
        return new IntakeHistory(((Number) row[0]).intValue(), Optional.ofNullable((String) row[1]));
    }

    /**
     * @param recentComplaints complaints filed within the repeat window (at most the cap asked for)
     * @param openDuplicate    the case number of the open case that is the same complaint, if any
     */
    public record IntakeHistory(int recentComplaints, Optional<String> openDuplicate) {
    }

    public List<AuditEntry> auditTrail(DisputeCase disputeCase) {
        return em.createQuery("select a from AuditEntry a where a.caseId = :id order by a.sequence", AuditEntry.class)
                .setParameter("id", disputeCase.getId())
                .getResultList();
    }
}
