package org.arbiter.evidence;

import java.time.Clock;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.arbiter.shared.ConflictException;

/**
 * The database's lock on each stored content hash ({@code evidence_blob}). Recording evidence and removing
 * unreferenced bytes both lock the hash's row first, so on every node they happen one after the other: either
 * the record commits and the removal sees it, or the removal commits and the record finds the bytes gone.
 */
@Stateless
public class EvidenceBlobs {

    @PersistenceContext
    EntityManager em;

    @Inject
    EvidenceStore store;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Makes sure the hash has its row, in a transaction of its own (committed before any record waits on it).
     * Two uploads of the same bytes may race to insert it; the loser's insert fails, and it is enough that the
     * row exists.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void register(String sha256) {
        try {
            self().insertIfAbsent(sha256);
        } catch (RuntimeException raced) {
            if (!self().isRegistered(sha256)) {
                throw raced;
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insertIfAbsent(String sha256) {
        em.createNativeQuery("INSERT INTO evidence_blob (sha256, stored_at) SELECT ?1, ?2 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM evidence_blob WHERE sha256 = ?1)")
                .setParameter(1, sha256)
                .setParameter(2, clock.instant())
                .executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean isRegistered(String sha256) {
        return !em.createNativeQuery("SELECT sha256 FROM evidence_blob WHERE sha256 = ?1")
                .setParameter(1, sha256)
                .getResultList().isEmpty();
    }

    /**
     * Locks the hash's row until the caller's transaction ends and checks that its bytes are still stored.
     *
     * @throws ConflictException when a failed upload of the same file removed them meanwhile; sending the file
     *                           again stores them again
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void holdForRecord(String sha256) {
        if (!lock(sha256) || !store.contains(sha256)) {
            throw new ConflictException("the file's stored bytes were removed by another upload of the same file "
                    + "that failed at the same moment; send the file again");
        }
    }

    /**
     * Locks the hash's row; when nothing refers to the hash, deletes its row and returns true: the caller then
     * removes the bytes before this transaction ends.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean releaseIfUnreferenced(String sha256, EvidenceRepository evidence) {
        if (!lock(sha256) || evidence.isReferenced(sha256)) {
            return false;
        }
        em.createNativeQuery("DELETE FROM evidence_blob WHERE sha256 = ?1").setParameter(1, sha256).executeUpdate();
        return true;
    }

    private boolean lock(String sha256) {
        return !em.createNativeQuery("SELECT sha256 FROM evidence_blob WHERE sha256 = ?1 FOR UPDATE")
                .setParameter(1, sha256)
                .getResultList().isEmpty();
    }

    private EvidenceBlobs self() {
        return context.getBusinessObject(EvidenceBlobs.class);
    }
}
