package org.arbiter.verifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Roots, inclusion proofs and consistency proofs of the RFC 6962 Merkle tree, computed from the stored hashes of
 * complete subtrees ({@link Subtree}).
 *
 * <p>Every computation comes in two phases so that the server can fetch what it needs in one query: the
 * {@code ...Nodes} method says which complete subtrees are needed (transitively: where a proof element is the hash of
 * an incomplete subtree, the complete subtrees it is built from), then the computation asks a lookup function for
 * exactly those. Everything is O(log n): at most 64 root nodes, at most about 2 × 63 lookups for a proof, no
 * recursion over leaves.
 *
 * <p>The tree over {@code n} leaves is the one of RFC 6962 §2.1: split at the largest power of two smaller than
 * {@code n}. Its nodes are exactly the aligned subtrees {@code [k·2^h, min((k+1)·2^h, n))}; those that end at or
 * before {@code n} are complete, the others (only on the right border) are hashed from the complete subtrees that
 * {@link #rootNodes(long) decompose} them.
 */
public final class MerkleMath {

    private MerkleMath() {
    }

    /**
     * The decomposition of leaves {@code [0, treeSize)} into maximal complete subtrees, left to right, one for each
     * bit set in {@code treeSize}, highest first. Empty for the empty tree. It is also the frontier a
     * {@link LogAppender} starts from.
     */
    public static List<Subtree> rootNodes(long treeSize) {
        requireSize(treeSize, "treeSize");
        return decompose(0, treeSize);
    }

    /**
     * MTH of the first {@code treeSize} leaves (RFC 6962 §2.1): the root nodes hashed right to left. The empty tree's
     * root is SHA-256 of the empty string.
     */
    public static byte[] root(long treeSize, Function<Subtree, byte[]> hashes) {
        requireSize(treeSize, "treeSize");
        Objects.requireNonNull(hashes, "hashes");
        if (treeSize == 0) {
            return MerkleHash.emptyRoot();
        }
        return hashRange(0, treeSize, hashes);
    }

    /**
     * Every complete subtree whose hash {@link #inclusionPath} needs for leaf {@code leafIndex} of a tree of
     * {@code treeSize} leaves.
     *
     * @throws IllegalArgumentException unless {@code 0 <= leafIndex < treeSize}
     */
    public static Set<Subtree> inclusionNodes(long leafIndex, long treeSize) {
        requireLeaf(leafIndex, treeSize);
        Set<Subtree> nodes = new LinkedHashSet<>();
        for (PathElement element : path(0, leafIndex, treeSize)) {
            nodes.addAll(element.parts());
        }
        return Collections.unmodifiableSet(nodes);
    }

    /**
     * The audit path PATH(m, D[n]) of RFC 6962 §2.1.1 for leaf {@code leafIndex} of a tree of {@code treeSize}
     * leaves, leaf to root. {@code hashes} is asked only for subtrees of {@link #inclusionNodes}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= leafIndex < treeSize}, or if {@code hashes} has no hash
     *                                  for a subtree it is asked for
     */
    public static List<byte[]> inclusionPath(long leafIndex, long treeSize, Function<Subtree, byte[]> hashes) {
        requireLeaf(leafIndex, treeSize);
        Objects.requireNonNull(hashes, "hashes");
        return hashPath(path(0, leafIndex, treeSize), hashes);
    }

    /**
     * Every complete subtree whose hash {@link #consistencyProof} needs between the trees of {@code firstSize} and
     * {@code secondSize} leaves. Empty if {@code firstSize} is 0 or equals {@code secondSize}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= firstSize <= secondSize}
     */
    public static Set<Subtree> consistencyNodes(long firstSize, long secondSize) {
        requireSizes(firstSize, secondSize);
        Set<Subtree> nodes = new LinkedHashSet<>();
        for (PathElement element : consistency(firstSize, secondSize)) {
            nodes.addAll(element.parts());
        }
        return Collections.unmodifiableSet(nodes);
    }

    /**
     * The consistency proof PROOF(m, D[n]) of RFC 6962 §2.1.2 between the trees of {@code firstSize} and
     * {@code secondSize} leaves: SUBPROOF(m, D[n], true), so the first tree's root is left out when it is a complete
     * subtree of the second. Empty if {@code firstSize} is 0 or equals {@code secondSize}. {@code hashes} is asked
     * only for subtrees of {@link #consistencyNodes}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= firstSize <= secondSize}, or if {@code hashes} has no hash
     *                                  for a subtree it is asked for
     */
    public static List<byte[]> consistencyProof(long firstSize, long secondSize, Function<Subtree, byte[]> hashes) {
        requireSizes(firstSize, secondSize);
        Objects.requireNonNull(hashes, "hashes");
        return hashPath(consistency(firstSize, secondSize), hashes);
    }

    // ------------------------------------------------------------------------------------------------------------

    /** One element of a proof: the hash of leaves [start, end), made of one or more complete subtrees. */
    private record PathElement(long start, long end) {
        List<Subtree> parts() {
            return decompose(start, end);
        }
    }

    /**
     * The proof elements for the complete node {@code (level, index)} up to the root of the tree of {@code size}
     * leaves, bottom up (the inclusion path of that node). With level 0 it is PATH(index, D[size]).
     *
     * <p>Let {@code last} be the node of that level holding leaf {@code size - 1}. Below the level where the node's
     * ancestors meet {@code last}'s, the node is inside a complete subtree and every sibling is complete; at that
     * level the sibling is the right border of the tree, possibly incomplete: leaves {@code [sibling start, size)}.
     * Above it, the ancestors also hold the last leaf, so only a left sibling exists, where the ancestor is a right
     * child.
     */
    private static List<PathElement> path(int level, long index, long size) {
        List<PathElement> elements = new ArrayList<>();
        long last = (size - 1) >>> level;
        int inner = 64 - Long.numberOfLeadingZeros(index ^ last);
        for (int r = 0; r < inner; r++) {
            int h = level + r;
            long sibling = (index >>> r) ^ 1;
            long start = sibling << h;
            long end = r == inner - 1 ? size : start + (1L << h);
            elements.add(new PathElement(start, end));
        }
        for (int r = inner; level + r <= Subtree.MAX_LEVEL; r++) {
            if (((index >>> r) & 1) == 1) {
                int h = level + r;
                long sibling = (index >>> r) ^ 1;
                elements.add(new PathElement(sibling << h, (sibling + 1) << h));
            }
        }
        return elements;
    }

    /**
     * PROOF(m, D[n]): the last complete subtree of the first tree (left out when it is the whole first tree, whose
     * root the verifier has), then the inclusion path of that subtree in the second tree.
     */
    private static List<PathElement> consistency(long first, long second) {
        if (first == 0 || first == second) {
            return List.of();
        }
        int level = Long.numberOfTrailingZeros(first);
        long index = (first - 1) >>> level;
        List<PathElement> elements = new ArrayList<>();
        if (index != 0) {
            elements.add(new PathElement(index << level, first));
        }
        elements.addAll(path(level, index, second));
        return elements;
    }

    /**
     * Maximal complete subtrees covering {@code [start, end)}, left to right; {@code start} must be a multiple of the
     * highest power of two not above {@code end - start} (true of every node of the tree).
     */
    static List<Subtree> decompose(long start, long end) {
        List<Subtree> nodes = new ArrayList<>(Long.bitCount(end - start));
        long position = start;
        long remaining = end - start;
        while (remaining > 0) {
            int level = 63 - Long.numberOfLeadingZeros(remaining);
            nodes.add(new Subtree(level, position >>> level));
            position += 1L << level;
            remaining -= 1L << level;
        }
        return nodes;
    }

    /** The hash of the node over leaves {@code [start, end)}: its complete parts hashed right to left. */
    private static byte[] hashRange(long start, long end, Function<Subtree, byte[]> hashes) {
        List<Subtree> parts = decompose(start, end);
        byte[] hash = lookup(parts.get(parts.size() - 1), hashes);
        for (int i = parts.size() - 2; i >= 0; i--) {
            hash = MerkleHash.node(lookup(parts.get(i), hashes), hash);
        }
        return hash;
    }

    private static List<byte[]> hashPath(List<PathElement> elements, Function<Subtree, byte[]> hashes) {
        List<byte[]> path = new ArrayList<>(elements.size());
        for (PathElement element : elements) {
            path.add(hashRange(element.start(), element.end(), hashes));
        }
        return path;
    }

    private static byte[] lookup(Subtree node, Function<Subtree, byte[]> hashes) {
        byte[] hash = hashes.apply(node);
        if (hash == null) {
            throw new IllegalArgumentException("no hash for " + node);
        }
        if (hash.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("the hash of " + node + " has " + hash.length + " bytes, not "
                    + MerkleHash.SIZE);
        }
        return hash.clone();
    }

    private static void requireSize(long size, String name) {
        if (size < 0) {
            throw new IllegalArgumentException(name + " is negative: " + size);
        }
    }

    private static void requireLeaf(long leafIndex, long treeSize) {
        requireSize(treeSize, "treeSize");
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf index " + leafIndex + " is not in a tree of " + treeSize
                    + " leaves");
        }
    }

    private static void requireSizes(long firstSize, long secondSize) {
        requireSize(firstSize, "firstSize");
        requireSize(secondSize, "secondSize");
        if (firstSize > secondSize) {
            throw new IllegalArgumentException("firstSize " + firstSize + " is larger than secondSize " + secondSize);
        }
    }
}
