package org.arbiter.custody;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.arbiter.api.vocabulary.CustodyEventType;
import org.arbiter.cases.DisputeCase;
import org.arbiter.shared.Caller;
import org.arbiter.shared.Text;
import org.arbiter.verifier.CustodyEntry;
import org.arbiter.verifier.MerkleHash;

/**
 * Appends custody events to a case's chain and reads the chain back. The caller holds the case's lock (it
 * loaded the case for update), so two events of one case never take the same place in its chain; the
 * unique (case, seq) constraint is the backstop.
 */
@ApplicationScoped
public class CustodyChain {

    @PersistenceContext
    EntityManager em;

    /** The longest free text an entry carries; the rest of a long reason stays in the case's audit trail. */
    static final int MAX_DETAIL = 1000;

    public CustodyEvent append(DisputeCase locked, CustodyEventType event, Long evidenceId, String sha256,
                               Caller by, String detail, Instant now) {
        List<CustodyEvent> last = em.createQuery(
                        "select e from CustodyEvent e where e.caseId = :case order by e.seq desc", CustodyEvent.class)
                .setParameter("case", locked.getId())
                .setMaxResults(1)
                .getResultList();
        long seq = last.isEmpty() ? 1 : last.get(0).getSeq() + 1;
        String prev = last.isEmpty() ? CustodyEntry.GENESIS : MerkleHash.hex(last.get(0).getEntryHash());
        CustodyEntry entry = new CustodyEntry(locked.getCaseNumber().value(), seq, event.name(),
                evidenceId == null ? null : evidenceId.toString(), sha256, by.userId(), by.actingRole().name(), now,
                shorten(detail), prev);
        CustodyEvent stored = new CustodyEvent(locked.getId(), event, evidenceId, entry);
        em.persist(stored);
        return stored;
    }

    /** The case's chain in order. */
    public List<CustodyEvent> of(long caseId) {
        return em.createQuery("select e from CustodyEvent e where e.caseId = :case order by e.seq", CustodyEvent.class)
                .setParameter("case", caseId)
                .getResultList();
    }

    /** The case's chain in order, from its first entry to entry {@code lastSeq}. */
    public List<CustodyEvent> upTo(long caseId, long lastSeq) {
        return em.createQuery("select e from CustodyEvent e where e.caseId = :case and e.seq <= :last order by e.seq",
                        CustodyEvent.class)
                .setParameter("case", caseId)
                .setParameter("last", lastSeq)
                .getResultList();
    }

    private static String shorten(String detail) {
        if (detail == null) {
            return "";
        }
        String flat = detail.strip();
        return Text.cut(flat, MAX_DETAIL);
    }
}
