package org.arbiter.verifier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Corruptions of valid proofs, after {@code corruptInclusionProof} and {@code corruptConsistencyProof} of
 * transparency-dev/merkle {@code proof/verify_test.go}: none of them may verify.
 */
final class Probes {

    private Probes() {
    }

    record Inclusion(long leafIndex, long treeSize, byte[] root, byte[] leafHash, List<byte[]> path,
                     String description) {
    }

    record Consistency(long first, long second, byte[] root1, byte[] root2, List<byte[]> proof,
                       String description) {
    }

    static final byte[] SOME_HASH =
            MerkleHash.unhex("abacaba000000000000000000000000000000000000000000060061e00123456");
    static final byte[] EMPTY_TREE_HASH = MerkleHash.sha256(new byte[0]);

    static List<Inclusion> corruptInclusion(long index, long size, List<byte[]> path, byte[] root, byte[] leaf) {
        List<Inclusion> out = new ArrayList<>();
        out.add(new Inclusion(index - 1, size, root, leaf, path, "leafIndex - 1"));
        out.add(new Inclusion(index + 1, size, root, leaf, path, "leafIndex + 1"));
        out.add(new Inclusion(index ^ 2, size, root, leaf, path, "leafIndex ^ 2"));
        out.add(new Inclusion(index, size * 2, root, leaf, path, "treeSize * 2"));
        out.add(new Inclusion(index, size / 2, root, leaf, path, "treeSize / 2"));
        byte[] wrongLeaf = MerkleHash.leaf("WrongLeaf".getBytes(StandardCharsets.US_ASCII));
        out.add(new Inclusion(index, size, root, wrongLeaf, path, "wrong leaf"));
        out.add(new Inclusion(index, size, root, "WrongLeaf".getBytes(StandardCharsets.US_ASCII),
                path, "wrong leaf length"));
        out.add(new Inclusion(index, size, EMPTY_TREE_HASH, leaf, path, "empty root"));
        out.add(new Inclusion(index, size, SOME_HASH, leaf, path, "random root"));
        out.add(new Inclusion(index, size, root, leaf, append(path, new byte[0]), "trailing garbage"));
        out.add(new Inclusion(index, size, root, leaf, append(path, root), "trailing root"));
        out.add(new Inclusion(index, size, root, leaf, append(path, SOME_HASH), "extra element"));
        out.add(new Inclusion(index, size, root, leaf, prepend(path, new byte[0]), "preceding garbage"));
        out.add(new Inclusion(index, size, root, leaf, prepend(path, root), "preceding root"));
        for (int i = 0; i < path.size(); i++) {
            out.add(new Inclusion(index, size, root, leaf, flip(path, i, 8), "modified path[" + i + "] bit 3"));
            out.add(new Inclusion(index, size, root, leaf, flipLast(path, i),
                    "modified path[" + i + "] last byte"));
        }
        if (!path.isEmpty()) {
            out.add(new Inclusion(index, size, root, leaf, path.subList(0, path.size() - 1), "truncated path"));
        }
        if (path.size() > 1) {
            List<byte[]> inserted = new ArrayList<>();
            inserted.add(path.get(0));
            inserted.add(SOME_HASH);
            inserted.addAll(path.subList(1, path.size()));
            out.add(new Inclusion(index, size, root, leaf, inserted, "inserted component"));
        }
        return out;
    }

    static List<Consistency> corruptConsistency(long first, long second, byte[] root1, byte[] root2,
                                                List<byte[]> proof) {
        List<Consistency> out = new ArrayList<>();
        out.add(new Consistency(first - 1, second, root1, root2, proof, "first - 1"));
        out.add(new Consistency(first + 1, second, root1, root2, proof, "first + 1"));
        out.add(new Consistency(first ^ 2, second, root1, root2, proof, "first ^ 2"));
        out.add(new Consistency(first, second * 2, root1, root2, proof, "second * 2"));
        out.add(new Consistency(first, second / 2, root1, root2, proof, "second / 2"));
        out.add(new Consistency(first, second, SOME_HASH, root2, proof, "wrong root1"));
        out.add(new Consistency(first, second, root1, SOME_HASH, proof, "wrong root2"));
        out.add(new Consistency(first, second, root2, root1, proof, "swapped roots"));
        out.add(new Consistency(first, second, root1, root2, List.of(), "empty proof"));
        out.add(new Consistency(first, second, root1, root2, append(proof, new byte[0]), "trailing garbage"));
        out.add(new Consistency(first, second, root1, root2, append(proof, root1), "trailing root1"));
        out.add(new Consistency(first, second, root1, root2, append(proof, root2), "trailing root2"));
        out.add(new Consistency(first, second, root1, root2, prepend(proof, new byte[0]), "preceding garbage"));
        out.add(new Consistency(first, second, root1, root2, prepend(proof, root1), "preceding root1"));
        out.add(new Consistency(first, second, root1, root2, prepend(proof, root2), "preceding root2"));
        out.add(new Consistency(first, second, root1, root2, prepend(proof, proof.get(0)), "preceding proof[0]"));
        out.add(new Consistency(first, second, root1, root2, proof.subList(0, proof.size() - 1),
                "truncated proof"));
        for (int i = 0; i < proof.size(); i++) {
            out.add(new Consistency(first, second, root1, root2, flip(proof, i, 16), "modified proof[" + i + "]"));
        }
        return out;
    }

    static List<byte[]> append(List<byte[]> list, byte[] extra) {
        List<byte[]> out = new ArrayList<>(list);
        out.add(extra);
        return out;
    }

    static List<byte[]> prepend(List<byte[]> list, byte[] extra) {
        List<byte[]> out = new ArrayList<>();
        out.add(extra);
        out.addAll(list);
        return out;
    }

    /** A copy of {@code list} whose element {@code i} has the lowest bit of its last byte flipped. */
    static List<byte[]> flipLast(List<byte[]> list, int i) {
        List<byte[]> out = new ArrayList<>(list);
        byte[] changed = list.get(i).clone();
        changed[changed.length - 1] ^= 1;
        out.set(i, changed);
        return out;
    }

    /** A copy of {@code list} whose element {@code i} has its first byte XORed with {@code mask}. */
    static List<byte[]> flip(List<byte[]> list, int i, int mask) {
        List<byte[]> out = new ArrayList<>(list);
        byte[] changed = list.get(i).clone();
        changed[0] ^= (byte) mask;
        out.set(i, changed);
        return out;
    }
}
