package org.arbiter.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.arbiter.api.vocabulary.EvidenceSource;

/** Stores and finds evidence records. Joins the caller's transaction. */
@ApplicationScoped
public class EvidenceRepository {

    @PersistenceContext
    EntityManager em;

    public void add(Evidence evidence) {
        em.persist(evidence);
        em.flush();
    }

    public Optional<Evidence> find(long caseId, long evidenceId) {
        Evidence evidence = em.find(Evidence.class, evidenceId);
        return evidence != null && evidence.getCaseId() == caseId ? Optional.of(evidence) : Optional.empty();
    }

    public List<Evidence> ofCase(long caseId) {
        return em.createQuery("select e from Evidence e where e.caseId = :case order by e.id", Evidence.class)
                .setParameter("case", caseId)
                .getResultList();
    }

    public void addAnnotation(EvidenceAnnotation annotation) {
        em.persist(annotation);
        em.flush();
    }

    public List<EvidenceAnnotation> annotationsOf(long evidenceId) {
        return em.createQuery("select a from EvidenceAnnotation a where a.evidenceId = :evidence order by a.id",
                        EvidenceAnnotation.class)
                .setParameter("evidence", evidenceId)
                .getResultList();
    }

    public List<EvidenceAnnotation> annotationsOfCase(long caseId) {
        return em.createQuery("select a from EvidenceAnnotation a where a.evidenceId in "
                        + "(select e.id from Evidence e where e.caseId = :case) order by a.id", EvidenceAnnotation.class)
                .setParameter("case", caseId)
                .getResultList();
    }

    /**
     * Bytes one side's evidence takes on the case, withdrawn evidence included (its bytes are kept for the custody
     * chain).
     */
    public long bytesUsed(long caseId, EvidenceSource side) {
        Long used = em.createQuery("select sum(e.sizeBytes) from Evidence e where e.caseId = :case and e.source = :side",
                        Long.class)
                .setParameter("case", caseId)
                .setParameter("side", side)
                .getSingleResult();
        return used == null ? 0 : used;
    }

    /** Whether any evidence record refers to these bytes, as the original or as the copy shown to parties. */
    public boolean isReferenced(String sha256) {
        return !em.createQuery("select e.id from Evidence e where e.sha256 = :h or e.sharedSha256 = :h", Long.class)
                .setParameter("h", sha256)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * Other cases in which a party submitted the same bytes, for verification. Staff's own files (a courier's
     * manual, a reference photo) are no party's claim, and naming the case of one kept from its parties would tell
     * whoever reads the finding that it exists.
     */
    public List<Evidence> sameBytesElsewhere(long caseId, String sha256) {
        return em.createQuery("select e from Evidence e where e.sha256 = :h and e.caseId <> :case "
                        + "and e.source <> :staff order by e.id", Evidence.class)
                .setParameter("h", sha256)
                .setParameter("case", caseId)
                .setParameter("staff", EvidenceSource.STAFF)
                .getResultList();
    }

    /**
     * When a party last submitted, in another case, bytes that a party submitted in this one: a verification run
     * before then did not see the file's reuse.
     */
    public Optional<Instant> lastReusedElsewhereAt(long caseId) {
        return Optional.ofNullable(em.createQuery("select max(o.submittedAt) from Evidence e, Evidence o "
                        + "where e.caseId = :case and e.source <> :staff and o.sha256 = e.sha256 and o.caseId <> :case "
                        + "and o.source <> :staff", Instant.class)
                .setParameter("case", caseId)
                .setParameter("staff", EvidenceSource.STAFF)
                .getSingleResult());
    }
}
