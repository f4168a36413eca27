package org.arbiter.ledger;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.arbiter.verifier.LogAppender;
import org.arbiter.verifier.MerkleMath;
import org.arbiter.verifier.SignedTreeHead;
import org.arbiter.verifier.Subtree;

/**
 * One sequencing step, in its own transaction: under the head lock, the waiting custody events get the
 * next leaf indexes, every subtree they complete is stored, and the new size's tree head is signed. Either
 * all of it commits or none; a second node waits for the lock and then finds the events already taken.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LedgerWriter {

    @Inject
    LedgerStore store;

    @Inject
    LedgerSigner signer;

    @Inject
    Clock clock;

    /** @return how many leaves were appended */
    public int sequenceBatch(int maxLeaves) {
        long size = store.lockHead();
        List<LedgerStore.PendingLeaf> pending = store.pending(maxLeaves);
        if (pending.isEmpty()) {
            if (store.latestTreeHead().isEmpty()) {
                publish(size, MerkleMath.root(size, s -> {
                    throw new IllegalStateException("an empty log has no subtrees");
                }));
            }
            return 0;
        }
        Map<Subtree, byte[]> frontier = store.nodes(MerkleMath.rootNodes(size));
        LogAppender appender = new LogAppender(size, frontier);
        for (LedgerStore.PendingLeaf leaf : pending) {
            appender.append(leaf.leafHash());
        }
        store.insertNodes(appender.completedNodes());
        store.assignLeafIndexes(pending, size);
        store.setSize(appender.treeSize());
        publish(appender.treeSize(), appender.root());
        return pending.size();
    }

    private void publish(long treeSize, byte[] root) {
        long previous = store.latestTreeHead().map(SignedTreeHead::timestampMillis).orElse(0L);
        // Tree heads are ordered in time as in size, even if the clock steps back.
        long timestamp = Math.max(clock.millis(), previous);
        store.insertTreeHead(signer.sign(treeSize, timestamp, root));
    }
}
