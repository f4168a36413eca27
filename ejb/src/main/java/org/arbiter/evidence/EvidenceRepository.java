package org.arbiter.evidence;

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

    /** Other cases in which the same bytes were submitted, for verification. */
    public List<Evidence> sameBytesElsewhere(long caseId, String sha256) {
        return em.createQuery("select e from Evidence e where e.sha256 = :h and e.caseId <> :case order by e.id",
                        Evidence.class)
                .setParameter("h", sha256)
                .setParameter("case", caseId)
                .getResultList();
    }
}
