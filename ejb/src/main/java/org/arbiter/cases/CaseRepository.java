package org.arbiter.cases;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;

import org.arbiter.api.vocabulary.CaseStatus;

/** Stores and finds cases, and appends their audit entries. Joins the caller's transaction. */
@ApplicationScoped
public class CaseRepository {

    private static final List<CaseStatus> DONE = List.of(CaseStatus.CLOSED, CaseStatus.ARCHIVED, CaseStatus.WITHDRAWN);

    @PersistenceContext
    EntityManager em;

    /**
     * Stores a new case with its clocks and first audit entries, at once, so that a concurrent filing of
     * the same complaint collides here on the open-case key rather than at commit.
     *
     * @throws DuplicateComplaintException when that collision happens
     */
    public void add(DisputeCase filed) {
        em.persist(filed);
        appendAudit(filed);
        flushOrRefuseDuplicate("the same complaint was just filed by a concurrent request; look it up in your cases");
    }

    private static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes what changed on a loaded case and appends its new audit entries.
     *
     * @throws DuplicateComplaintException when the change makes it the same complaint as another open case
     */
    public void update(DisputeCase changed) {
        appendAudit(changed);
        flushOrRefuseDuplicate("the complainant has another open case of that type about this order");
    }

    private void flushOrRefuseDuplicate(String message) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (violates(e, "uk_case_open_key")) {
                throw new DuplicateComplaintException(null, message);
            }
            throw e;
        }
    }

    private void appendAudit(DisputeCase disputeCase) {
        for (AuditEntry entry : disputeCase.drainUnsavedAudit()) {
            em.persist(entry);
        }
    }

    public Optional<DisputeCase> find(CaseNumber number) {
        return em.createQuery("select c from DisputeCase c where c.caseNumber = :number", DisputeCase.class)
                .setParameter("number", number.value())
                .getResultStream().findFirst();
    }

    /** Loads a case to change it, locking its row until the transaction ends: changes to a case queue up. */
    public Optional<DisputeCase> findForUpdate(CaseNumber number) {
        return em.createQuery("select c from DisputeCase c where c.caseNumber = :number", DisputeCase.class)
                .setParameter("number", number.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /**
     * An open case of the same complainant about the same order that is the same complaint: the same type
     * or the same text.
     */
    public Optional<DisputeCase> findOpenDuplicate(String openKey, String orderId, String complainantId,
                                                   String descriptionHash) {
        return em.createQuery("""
                        select c from DisputeCase c
                        where c.orderId = :orderId and c.complainant.userId = :complainant
                          and c.status not in :done
                          and (c.openKey = :openKey or c.claim.descriptionHash = :hash)
                        order by c.id""", DisputeCase.class)
                .setParameter("orderId", orderId)
                .setParameter("complainant", complainantId)
                .setParameter("done", DONE)
                .setParameter("openKey", openKey)
                .setParameter("hash", descriptionHash)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * How many complaints the user filed since {@code since}, counting at most {@code cap}: enough to
     * apply the repeat rule without counting a heavy user's whole history on every filing.
     */
    public int countRecentComplaints(String complainantId, Instant since, int cap) {
        return em.createQuery("""
                        select c.id from DisputeCase c
                        where c.complainant.userId = :complainant and c.submittedAt >= :since""", Long.class)
                .setParameter("complainant", complainantId)
                .setParameter("since", since)
                .setMaxResults(cap)
                .getResultList().size();
    }

    public List<AuditEntry> auditTrail(DisputeCase disputeCase) {
        return em.createQuery("select a from AuditEntry a where a.caseId = :id order by a.sequence", AuditEntry.class)
                .setParameter("id", disputeCase.getId())
                .getResultList();
    }
}
