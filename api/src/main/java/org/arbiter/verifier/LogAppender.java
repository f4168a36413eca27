package org.arbiter.verifier;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sequencer's view of the tree: appends leaf hashes and reports the complete subtrees that appear, so that the
 * server can store them, and the new root. Not thread-safe: one sequencer appends.
 *
 * <p>It holds only the frontier, the {@link MerkleMath#rootNodes(long) root nodes} of the current tree (at most 64
 * hashes), besides the nodes completed since construction. Each append costs O(log n) hashes: the new leaf is pushed
 * on the frontier and merged with its left neighbours of the same level.
 */
public final class LogAppender {

    private final Subtree[] frontierNodes = new Subtree[64];
    private final byte[][] frontierHashes = new byte[64][];
    private int frontierLength;
    private long treeSize;
    private final Map<Subtree, byte[]> completed = new LinkedHashMap<>();

    /**
     * Starts from a tree of {@code treeSize} leaves.
     *
     * @param frontier the hashes of (at least) {@link MerkleMath#rootNodes(long) MerkleMath.rootNodes(treeSize)};
     *                 other entries are ignored
     * @throws IllegalArgumentException if {@code treeSize} is negative or a frontier hash is missing or not 32 bytes
     */
    public LogAppender(long treeSize, Map<Subtree, byte[]> frontier) {
        Objects.requireNonNull(frontier, "frontier");
        if (treeSize < 0) {
            throw new IllegalArgumentException("treeSize is negative: " + treeSize);
        }
        for (Subtree node : MerkleMath.rootNodes(treeSize)) {
            byte[] hash = frontier.get(node);
            if (hash == null) {
                throw new IllegalArgumentException("the frontier of a tree of " + treeSize + " leaves needs " + node);
            }
            if (hash.length != MerkleHash.SIZE) {
                throw new IllegalArgumentException("the hash of " + node + " has " + hash.length + " bytes");
            }
            frontierNodes[frontierLength] = node;
            frontierHashes[frontierLength] = hash.clone();
            frontierLength++;
        }
        this.treeSize = treeSize;
    }

    /** An appender for the empty tree. */
    public static LogAppender empty() {
        return new LogAppender(0, Map.of());
    }

    /**
     * Appends a leaf hash ({@link MerkleHash#leaf(byte[])} of the entry) as leaf number {@link #treeSize()}.
     *
     * @throws IllegalArgumentException if {@code leafHash} is not 32 bytes
     * @throws IllegalStateException    if the tree is full ({@link Long#MAX_VALUE} leaves)
     */
    public void append(byte[] leafHash) {
        Objects.requireNonNull(leafHash, "leafHash");
        if (leafHash.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("a leaf hash has " + MerkleHash.SIZE + " bytes, not " + leafHash.length);
        }
        if (treeSize == Long.MAX_VALUE) {
            throw new IllegalStateException("the tree is full");
        }
        Subtree node = new Subtree(0, treeSize);
        byte[] hash = leafHash.clone();
        completed.put(node, hash);
        while (frontierLength > 0 && frontierNodes[frontierLength - 1].level() == node.level()) {
            frontierLength--;
            hash = MerkleHash.node(frontierHashes[frontierLength], hash);
            node = node.parent();
            completed.put(node, hash);
        }
        frontierNodes[frontierLength] = node;
        frontierHashes[frontierLength] = hash;
        frontierLength++;
        treeSize++;
    }

    /** Appends the leaf hashes in order. */
    public void appendAll(List<byte[]> leafHashes) {
        leafHashes.forEach(this::append);
    }

    /**
     * Every subtree that became complete since construction, in the order they did: each appended leaf (level 0)
     * followed by the nodes it completed. An unmodifiable view; the arrays are the appender's own, do not modify.
     */
    public Map<Subtree, byte[]> completedNodes() {
        return Collections.unmodifiableMap(completed);
    }

    /** The current frontier: the hashes of {@link MerkleMath#rootNodes(long) rootNodes(treeSize())}, left to right. */
    public Map<Subtree, byte[]> frontier() {
        Map<Subtree, byte[]> frontier = new LinkedHashMap<>();
        for (int i = 0; i < frontierLength; i++) {
            frontier.put(frontierNodes[i], frontierHashes[i].clone());
        }
        return Collections.unmodifiableMap(frontier);
    }

    /** The root of the current tree (MTH); SHA-256 of the empty string for the empty tree. */
    public byte[] root() {
        if (frontierLength == 0) {
            return MerkleHash.emptyRoot();
        }
        byte[] hash = frontierHashes[frontierLength - 1];
        for (int i = frontierLength - 2; i >= 0; i--) {
            hash = MerkleHash.node(frontierHashes[i], hash);
        }
        return hash.clone();
    }

    /** The number of leaves. */
    public long treeSize() {
        return treeSize;
    }
}
