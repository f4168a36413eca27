package org.arbiter.verifier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A naive implementation of the RFC 6962 §2.1 definitions, straight from the text (recursion over the leaves), to
 * cross-check {@link MerkleMath}. Works on leaf hashes: {@code MTH({d(0)}) = leaf hash of d(0)}.
 */
final class ReferenceMerkle {

    private ReferenceMerkle() {
    }

    /** The largest power of two smaller than n (n > 1). */
    static int split(int n) {
        int k = 1;
        while (k << 1 < n) {
            k <<= 1;
        }
        return k;
    }

    /** MTH(D[n]). */
    static byte[] mth(List<byte[]> d) {
        int n = d.size();
        if (n == 0) {
            return MerkleHash.sha256(new byte[0]);
        }
        if (n == 1) {
            return d.get(0);
        }
        int k = split(n);
        return MerkleHash.node(mth(d.subList(0, k)), mth(d.subList(k, n)));
    }

    /** PATH(m, D[n]). */
    static List<byte[]> path(int m, List<byte[]> d) {
        int n = d.size();
        List<byte[]> out = new ArrayList<>();
        if (n <= 1) {
            return out;
        }
        int k = split(n);
        if (m < k) {
            out.addAll(path(m, d.subList(0, k)));
            out.add(mth(d.subList(k, n)));
        } else {
            out.addAll(path(m - k, d.subList(k, n)));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    /** PROOF(m, D[n]) = SUBPROOF(m, D[n], true); empty for m = 0 (not defined by the RFC). */
    static List<byte[]> proof(int m, List<byte[]> d) {
        if (m == 0) {
            return new ArrayList<>();
        }
        return subproof(m, d, true);
    }

    /** SUBPROOF(m, D[n], b). */
    static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        int n = d.size();
        List<byte[]> out = new ArrayList<>();
        if (m == n) {
            if (!b) {
                out.add(mth(d));
            }
            return out;
        }
        int k = split(n);
        if (m <= k) {
            out.addAll(subproof(m, d.subList(0, k), b));
            out.add(mth(d.subList(k, n)));
        } else {
            out.addAll(subproof(m - k, d.subList(k, n), false));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    /** The hash of a complete subtree. */
    static byte[] hash(Subtree node, List<byte[]> leaves) {
        return mth(leaves.subList(Math.toIntExact(node.firstLeaf()), Math.toIntExact(node.endLeaf())));
    }

    /** Distinct leaf hashes for leaves 0..n-1. */
    static List<byte[]> leaves(int n) {
        List<byte[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(MerkleHash.leaf(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }
}
