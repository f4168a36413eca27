package org.arbiter.verifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An inclusion proof of one leaf in the tree of a signed tree head, with its text form
 *
 * <pre>
 * leaf-index: 41
 * tree-size: 120
 * path: &lt;64 lowercase hex&gt;
 * path: &lt;64 lowercase hex&gt;
 * </pre>
 *
 * (zero or more {@code path} lines, leaf to root; LF line endings, final LF).
 *
 * @param leafIndex the leaf's position, {@code 0 <= leafIndex < treeSize}
 * @param treeSize  the size of the tree the path leads to the root of
 * @param path      the audit path of RFC 6962 §2.1.1, leaf to root, 32-byte hashes
 */
public record InclusionProof(long leafIndex, long treeSize, List<byte[]> path) {

    /** More path elements than a tree of at most {@link Long#MAX_VALUE} leaves can need. */
    private static final int MAX_PATH = 64;
    private static final String WHAT = "inclusion proof";

    public InclusionProof {
        if (treeSize < 1) {
            throw new IllegalArgumentException("treeSize must be 1 or more: " + treeSize);
        }
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf index " + leafIndex + " is not in a tree of " + treeSize
                    + " leaves");
        }
        Objects.requireNonNull(path, "path");
        if (path.size() > MAX_PATH) {
            throw new IllegalArgumentException("path has " + path.size() + " elements, at most " + MAX_PATH);
        }
        List<byte[]> copy = new ArrayList<>(path.size());
        for (byte[] hash : path) {
            if (hash == null || hash.length != MerkleHash.SIZE) {
                throw new IllegalArgumentException("path element " + copy.size() + " is not a 32-byte hash");
            }
            copy.add(hash.clone());
        }
        path = Collections.unmodifiableList(copy);
    }

    /** Computes the proof with {@link MerkleMath#inclusionPath(long, long, Function)}. */
    public static InclusionProof of(long leafIndex, long treeSize,
                                    Function<Subtree, byte[]> hashes) {
        return new InclusionProof(leafIndex, treeSize, MerkleMath.inclusionPath(leafIndex, treeSize, hashes));
    }

    /** The path (copies of the hashes). */
    @Override
    public List<byte[]> path() {
        List<byte[]> copy = new ArrayList<>(path.size());
        path.forEach(hash -> copy.add(hash.clone()));
        return Collections.unmodifiableList(copy);
    }

    /** Whether this proves {@code leafHash} is in the tree of {@link #treeSize()} leaves with root {@code root}. */
    public boolean verify(byte[] leafHash, byte[] root) {
        return MerkleProofs.verifyInclusion(leafIndex, treeSize, leafHash, path, root);
    }

    /** The text form. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("leaf-index: ").append(leafIndex).append('\n');
        out.append("tree-size: ").append(treeSize).append('\n');
        for (byte[] hash : path) {
            out.append("path: ").append(MerkleHash.hex(hash)).append('\n');
        }
        return out.toString();
    }

    /**
     * Parses the text form, strictly.
     *
     * @throws IllegalArgumentException naming the offending line
     */
    public static InclusionProof parse(String text) {
        List<String> lines = TextLines.split(text, WHAT);
        long leafIndex = TextLines.decimal(TextLines.value(lines, 1, "leaf-index", WHAT), WHAT, 1, "leaf-index");
        long treeSize = TextLines.decimal(TextLines.value(lines, 2, "tree-size", WHAT), WHAT, 2, "tree-size");
        if (lines.size() - 2 > MAX_PATH) {
            throw new IllegalArgumentException(WHAT + ": more than " + MAX_PATH + " path lines");
        }
        List<byte[]> path = new ArrayList<>();
        for (int number = 3; number <= lines.size(); number++) {
            path.add(TextLines.hash(TextLines.value(lines, number, "path", WHAT), WHAT, number, "path"));
        }
        try {
            return new InclusionProof(leafIndex, treeSize, path);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(WHAT + ": " + e.getMessage());
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof InclusionProof other)
                || leafIndex != other.leafIndex || treeSize != other.treeSize
                || path.size() != other.path.size()) {
            return false;
        }
        for (int i = 0; i < path.size(); i++) {
            if (!Arrays.equals(path.get(i), other.path.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int result = Long.hashCode(leafIndex);
        result = 31 * result + Long.hashCode(treeSize);
        for (byte[] hash : path) {
            result = 31 * result + Arrays.hashCode(hash);
        }
        return result;
    }

    @Override
    public String toString() {
        List<String> hex = new ArrayList<>(path.size());
        path.forEach(hash -> hex.add(MerkleHash.hex(hash)));
        return "InclusionProof[leafIndex=" + leafIndex + ", treeSize=" + treeSize + ", path=" + hex + "]";
    }
}
