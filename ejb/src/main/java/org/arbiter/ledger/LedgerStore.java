package org.arbiter.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.arbiter.verifier.SignedTreeHead;
import org.arbiter.verifier.Subtree;

/**
 * The log's tables, through JDBC on the transaction's connection: the head row (the sequencer's lock),
 * the stored subtree hashes, the published tree heads, and the custody events waiting for a leaf index.
 */
@ApplicationScoped
public class LedgerStore {

    /** Row-value IN lists are split so no statement carries an unbounded number of parameters. */
    private static final int NODES_PER_QUERY = 200;
    private static final int PUBLISHED_HEADS_KEPT = 10_000;

    private final Map<Long, SignedTreeHead> publishedHeads = new ConcurrentHashMap<>();

    @Resource(lookup = "java:jboss/datasources/ArbiterDS")
    DataSource dataSource;

    /** Locks the head row until the transaction ends and returns the log's size. */
    long lockHead() {
        return queryLong("SELECT tree_size FROM ledger_head WHERE id = 1 FOR UPDATE").orElseThrow(
                () -> new IllegalStateException("the ledger_head row is missing"));
    }

    long size() {
        return queryLong("SELECT tree_size FROM ledger_head WHERE id = 1").orElse(0);
    }

    void setSize(long treeSize) {
        update("UPDATE ledger_head SET tree_size = ? WHERE id = 1", treeSize);
    }

    /** Custody events not yet in the log, oldest first: {id, leaf hash}. */
    List<PendingLeaf> pending(int limit) {
        List<PendingLeaf> pending = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     // LIMIT, not setMaxRows: the planner must know only the first rows are wanted. On PostgreSQL
                     // the partial index ix_custody_event_unsequenced gives them in order without a sort.
                     "SELECT id, leaf_hash FROM custody_event WHERE leaf_index IS NULL ORDER BY id LIMIT ?")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    pending.add(new PendingLeaf(rows.getLong(1), rows.getBytes(2)));
                }
            }
            return pending;
        } catch (SQLException e) {
            throw new LedgerStoreException("reading the custody events to sequence", e);
        }
    }

    void assignLeafIndexes(List<PendingLeaf> leaves, long firstIndex) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     // "COALESCE(...) < 0" rather than "IS NULL": no index on leaf_index can serve it, so the
                     // primary key drives each update. With "IS NULL", PostgreSQL planning on statistics taken
                     // before a burst of events scanned every waiting event for each one updated.
                     "UPDATE custody_event SET leaf_index = ? WHERE id = ? AND COALESCE(leaf_index, -1) < 0")) {
            long index = firstIndex;
            for (PendingLeaf leaf : leaves) {
                update.setLong(1, index++);
                update.setLong(2, leaf.custodyEventId());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int count : counts) {
                if (count == 0) {
                    throw new IllegalStateException("a custody event was sequenced twice; another sequencer ran "
                            + "without the head lock");
                }
            }
        } catch (SQLException e) {
            throw new LedgerStoreException("assigning leaf indexes", e);
        }
    }

    /** The stored hashes of these complete subtrees (those that are stored). */
    public Map<Subtree, byte[]> nodes(Collection<Subtree> wanted) {
        Map<Subtree, byte[]> found = new HashMap<>();
        List<Subtree> all = List.copyOf(wanted);
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += NODES_PER_QUERY) {
                List<Subtree> chunk = all.subList(from, Math.min(all.size(), from + NODES_PER_QUERY));
                StringBuilder sql = new StringBuilder("SELECT level, node_index, hash FROM ledger_node WHERE (level, node_index) IN (");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
                }
                sql.append(')');
                try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
                    int p = 1;
                    for (Subtree node : chunk) {
                        query.setInt(p++, node.level());
                        query.setLong(p++, node.index());
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            found.put(new Subtree(rows.getInt(1), rows.getLong(2)), rows.getBytes(3));
                        }
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new LedgerStoreException("reading subtree hashes", e);
        }
    }

    void insertNodes(Map<Subtree, byte[]> nodes) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO ledger_node (level, node_index, hash) VALUES (?, ?, ?)")) {
            int batched = 0;
            for (Map.Entry<Subtree, byte[]> node : nodes.entrySet()) {
                insert.setInt(1, node.getKey().level());
                insert.setLong(2, node.getKey().index());
                insert.setBytes(3, node.getValue());
                insert.addBatch();
                if (++batched % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new LedgerStoreException("storing subtree hashes", e);
        }
    }

    void insertTreeHead(SignedTreeHead head) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO ledger_tree_head (tree_size, timestamp_ms, root_hash, signature) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, head.treeSize());
            insert.setLong(2, head.timestampMillis());
            insert.setBytes(3, head.rootHash());
            insert.setBytes(4, head.signature());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new LedgerStoreException("storing a tree head", e);
        }
    }

    public Optional<SignedTreeHead> latestTreeHead() {
        return treeHead("SELECT tree_size, timestamp_ms, root_hash, signature FROM ledger_tree_head "
                + "ORDER BY tree_size DESC LIMIT 1", null);
    }

    /**
     * The tree head published at that size. A published head never changes, so heads once read are kept in
     * memory (a proof request names one or two of them); sizes not published yet are not remembered.
     */
    public Optional<SignedTreeHead> treeHead(long treeSize) {
        SignedTreeHead known = publishedHeads.get(treeSize);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<SignedTreeHead> head = treeHead("SELECT tree_size, timestamp_ms, root_hash, signature "
                + "FROM ledger_tree_head WHERE tree_size = ?", treeSize);
        head.ifPresent(this::remember);
        return head;
    }

    private void remember(SignedTreeHead head) {
        if (publishedHeads.size() >= PUBLISHED_HEADS_KEPT) {
            publishedHeads.clear(); // crude, but a head costs one indexed read to fetch again
        }
        publishedHeads.put(head.treeSize(), head);
    }

    private Optional<SignedTreeHead> treeHead(String sql, Long parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setLong(1, parameter);
            }
            query.setMaxRows(1);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? Optional.of(new SignedTreeHead(rows.getLong(1), rows.getLong(2), rows.getBytes(3), rows.getBytes(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new LedgerStoreException("reading a tree head", e);
        }
    }

    /** The leaf index of the first custody event with that leaf hash, once sequenced. */
    public OptionalLong leafIndexOf(byte[] leafHash) {
        // Only the leaf hash in the condition, so that its index is used whatever the statistics say; a hash
        // has one row (two only if two entries were byte for byte the same), the smallest index is taken here.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT leaf_index FROM custody_event WHERE leaf_hash = ?")) {
            query.setBytes(1, leafHash);
            try (ResultSet rows = query.executeQuery()) {
                long first = Long.MAX_VALUE;
                while (rows.next()) {
                    long index = rows.getLong(1);
                    if (!rows.wasNull()) {
                        first = Math.min(first, index);
                    }
                }
                return first == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(first);
            }
        } catch (SQLException e) {
            throw new LedgerStoreException("finding a leaf", e);
        }
    }

    private OptionalLong queryLong(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            throw new LedgerStoreException(sql, e);
        }
    }

    private void update(String sql, long value) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, value);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new LedgerStoreException(sql, e);
        }
    }

    /** A custody event waiting for its place in the log. */
    record PendingLeaf(long custodyEventId, byte[] leafHash) {
    }

    /** The log's tables could not be read or written; the transaction rolls back. */
    static final class LedgerStoreException extends RuntimeException {
        LedgerStoreException(String what, SQLException cause) {
            super(what + ": " + cause.getMessage(), cause);
        }
    }
}
