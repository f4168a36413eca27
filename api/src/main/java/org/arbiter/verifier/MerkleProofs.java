package org.arbiter.verifier;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verification of inclusion and consistency proofs, exactly the algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2 (which
 * accept the proofs of RFC 6962 §2.1.1 and §2.1.2). Malformed input never throws: it does not verify.
 *
 * <p>Beyond the RFC text: every hash (leaf, roots, proof elements) must be 32 bytes, and the trivial consistency
 * cases behave as in the reference implementation (transparency-dev/merkle {@code proof.VerifyConsistency}): equal
 * sizes need an empty proof and equal roots; a first size of 0 is consistent with any tree, with an empty proof.
 */
public final class MerkleProofs {

    private MerkleProofs() {
    }

    /**
     * Whether {@code path} proves that the leaf hash {@code leafHash} is leaf {@code leafIndex} of the tree of
     * {@code treeSize} leaves whose root is {@code root} (RFC 9162 §2.1.3.2).
     */
    public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path,
                                          byte[] root) {
        // 1. leaf_index >= tree_size fails (and so does anything negative or malformed).
        if (leafIndex < 0 || treeSize <= 0 || leafIndex >= treeSize
                || !isHash(leafHash) || !isHash(root) || !areHashes(path)) {
            return false;
        }
        // 2. fn = leaf_index, sn = tree_size - 1.
        long fn = leafIndex;
        long sn = treeSize - 1;
        // 3. r = hash.
        byte[] r = leafHash;
        // 4. For each p in the path.
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHash.node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                r = MerkleHash.node(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        // 5. sn must be 0 and r the root.
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /**
     * Whether {@code proof} proves that the tree of {@code secondSize} leaves with root {@code secondRoot} extends
     * the tree of {@code firstSize} leaves with root {@code firstRoot} (RFC 9162 §2.1.4.2).
     */
    public static boolean verifyConsistency(long firstSize, long secondSize, byte[] firstRoot, byte[] secondRoot,
                                            List<byte[]> proof) {
        if (firstSize < 0 || secondSize < firstSize || !areHashes(proof)) {
            return false;
        }
        if (firstSize == secondSize) {
            return proof.isEmpty() && isHash(firstRoot) && isHash(secondRoot)
                    && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (firstSize == 0) {
            // Every tree extends the empty one.
            return proof.isEmpty();
        }
        if (!isHash(firstRoot) || !isHash(secondRoot)) {
            return false;
        }
        // 1. An empty consistency_path fails.
        if (proof.isEmpty()) {
            return false;
        }
        // 2. If first is an exact power of 2, prepend first_hash.
        boolean prepend = Long.bitCount(firstSize) == 1;
        int length = proof.size() + (prepend ? 1 : 0);
        // 3. fn = first - 1, sn = second - 1.
        long fn = firstSize - 1;
        long sn = secondSize - 1;
        // 4. While LSB(fn) is set, right-shift both.
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        // 5. fr = sr = the first value.
        byte[] fr = prepend ? firstRoot : proof.get(0);
        byte[] sr = fr;
        // 6. For each subsequent value c.
        for (int i = 1; i < length; i++) {
            byte[] c = proof.get(prepend ? i - 1 : i);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHash.node(c, fr);
                sr = MerkleHash.node(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                sr = MerkleHash.node(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        // 7. fr must be first_hash, sr second_hash, and sn 0.
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }

    private static boolean isHash(byte[] hash) {
        return hash != null && hash.length == MerkleHash.SIZE;
    }

    private static boolean areHashes(List<byte[]> hashes) {
        if (hashes == null) {
            return false;
        }
        try {
            for (byte[] hash : hashes) {
                if (!isHash(hash)) {
                    return false;
                }
            }
        } catch (RuntimeException e) {
            // A list that cannot even be iterated is a malformed proof.
            return false;
        }
        return true;
    }
}
