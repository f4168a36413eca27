package org.arbiter.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The published RFC 6962 known-answer vectors of the Certificate Transparency reference implementation, copied
 * verbatim from:
 *
 * <ul>
 *   <li>google/certificate-transparency {@code cpp/merkletree/merkle_tree_test.cc} (commit
 *       0e901cacd1388fa16f78b184612f6cd16e5ceec1): {@code kInputs}, {@code kSHA256Roots}, {@code kSHA256Paths},
 *       {@code kSHA256Proofs}, {@code kSHA256EmptyTreeHash}; there leaves are numbered from 1, here from 0;</li>
 *   <li>transparency-dev/merkle {@code proof/verify_test.go} (commit 02194e9afb6c1d95b5381350007963aa70fff472): the
 *       same vectors as {@code inclusionProofs}, {@code consistencyProofs} and {@code roots}, plus the consistency
 *       proof 6 → 7, and the corrupted-proof probes ({@code corruptInclusionProof},
 *       {@code corruptConsistencyProof}) and the trivial consistency cases of {@code TestVerifyConsistency}.</li>
 * </ul>
 */
class MerkleTestVectorsTest {

    static final String EMPTY_TREE_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /** kInputs: the eight leaf inputs of the reference tree. */
    static final String[] INPUTS = {
        "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
    };

    /** kSHA256Roots: the roots of the trees of 1..8 leaves. */
    static final String[] ROOTS = {
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    };

    /** kSHA256Paths (leaf index 0-based here; the source's leaf numbers are 1-based). */
    record PathVector(long leafIndex, long treeSize, String... path) {
    }

    static final List<PathVector> PATHS = List.of(
            new PathVector(0, 1),
            new PathVector(0, 8,
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
            new PathVector(5, 8,
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
            new PathVector(2, 3,
                    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"),
            new PathVector(1, 5,
                    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"));

    /** kSHA256Proofs, and the 6 → 7 proof of transparency-dev/merkle. */
    record ConsistencyVector(long first, long second, String... proof) {
    }

    static final List<ConsistencyVector> PROOFS = List.of(
            new ConsistencyVector(1, 1),
            new ConsistencyVector(1, 8,
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
            new ConsistencyVector(6, 8,
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
            new ConsistencyVector(2, 5,
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
            new ConsistencyVector(6, 7,
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"));

    /** sha256SomeHash of verify_test.go. */
    static final byte[] SOME_HASH =
            MerkleHash.unhex("abacaba000000000000000000000000000000000000000000060061e00123456");

    /** The stored hashes of every complete subtree of the reference tree, built with the appender. */
    private final Map<Subtree, byte[]> store = new HashMap<>();
    private final List<byte[]> leafHashes = new ArrayList<>();

    MerkleTestVectorsTest() {
        LogAppender appender = LogAppender.empty();
        for (String input : INPUTS) {
            byte[] leaf = MerkleHash.leaf(MerkleHash.unhex(input));
            leafHashes.add(leaf);
            appender.append(leaf);
        }
        store.putAll(appender.completedNodes());
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(MerkleHash::hex).toList();
    }

    private static List<byte[]> unhex(String... hashes) {
        List<byte[]> out = new ArrayList<>();
        for (String hash : hashes) {
            out.add(MerkleHash.unhex(hash));
        }
        return out;
    }

    @Test
    void emptyTreeRoot() {
        assertThat(MerkleHash.hex(MerkleMath.root(0, node -> null))).isEqualTo(EMPTY_TREE_HASH);
        assertThat(MerkleHash.hex(LogAppender.empty().root())).isEqualTo(EMPTY_TREE_HASH);
    }

    @Test
    void rootsOfOneToEightLeaves() {
        LogAppender appender = LogAppender.empty();
        for (int size = 1; size <= 8; size++) {
            appender.append(leafHashes.get(size - 1));
            assertThat(MerkleHash.hex(appender.root())).as("appender root of %d", size).isEqualTo(ROOTS[size - 1]);
            assertThat(MerkleHash.hex(MerkleMath.root(size, store::get))).as("root of %d", size)
                    .isEqualTo(ROOTS[size - 1]);
            assertThat(MerkleHash.hex(ReferenceMerkle.mth(leafHashes.subList(0, size)))).isEqualTo(ROOTS[size - 1]);
        }
    }

    @Test
    void inclusionPaths() {
        for (PathVector vector : PATHS) {
            List<byte[]> path = MerkleMath.inclusionPath(vector.leafIndex(), vector.treeSize(), store::get);
            assertThat(hex(path)).as("path %s", vector).containsExactly(vector.path());
        }
    }

    @Test
    void consistencyProofs() {
        for (ConsistencyVector vector : PROOFS) {
            List<byte[]> proof = MerkleMath.consistencyProof(vector.first(), vector.second(), store::get);
            assertThat(hex(proof)).as("proof %s", vector).containsExactly(vector.proof());
        }
    }

    @Test
    void knownInclusionPathsVerifyAndCorruptedOnesDoNot() {
        for (PathVector vector : PATHS) {
            long index = vector.leafIndex();
            long size = vector.treeSize();
            byte[] leaf = leafHashes.get((int) index);
            byte[] root = MerkleHash.unhex(ROOTS[(int) size - 1]);
            List<byte[]> path = unhex(vector.path());
            assertThat(MerkleProofs.verifyInclusion(index, size, leaf, path, root)).as("%s", vector).isTrue();
            for (Probes.Inclusion probe : Probes.corruptInclusion(index, size, path, root, leaf)) {
                assertThat(MerkleProofs.verifyInclusion(probe.leafIndex(), probe.treeSize(), probe.leafHash(),
                        probe.path(), probe.root())).as("%s: %s", vector, probe.description()).isFalse();
            }
        }
    }

    @Test
    void knownConsistencyProofsVerifyAndCorruptedOnesDoNot() {
        for (ConsistencyVector vector : PROOFS) {
            long first = vector.first();
            long second = vector.second();
            byte[] root1 = MerkleHash.unhex(ROOTS[(int) first - 1]);
            byte[] root2 = MerkleHash.unhex(ROOTS[(int) second - 1]);
            List<byte[]> proof = unhex(vector.proof());
            assertThat(MerkleProofs.verifyConsistency(first, second, root1, root2, proof)).as("%s", vector).isTrue();
            if (proof.isEmpty()) {
                continue;
            }
            for (Probes.Consistency probe : Probes.corruptConsistency(first, second, root1, root2, proof)) {
                assertThat(MerkleProofs.verifyConsistency(probe.first(), probe.second(), probe.root1(),
                        probe.root2(), probe.proof())).as("%s: %s", vector, probe.description()).isFalse();
            }
        }
    }

    /** TestVerifyInclusion of verify_test.go: degenerate sizes never verify. */
    @Test
    void degenerateInclusionProbes() {
        byte[] empty = MerkleHash.unhex(EMPTY_TREE_HASH);
        long[][] probes = {{0, 0}, {0, 1}, {1, 0}, {2, 1}};
        for (long[] p : probes) {
            assertThat(MerkleProofs.verifyInclusion(p[0], p[1], SOME_HASH, List.of(), new byte[0])).isFalse();
            assertThat(MerkleProofs.verifyInclusion(p[0], p[1], new byte[0], List.of(), empty)).isFalse();
            assertThat(MerkleProofs.verifyInclusion(p[0], p[1], SOME_HASH, List.of(), empty)).isFalse();
        }
    }

    /** TestVerifyInclusionSingleEntry of verify_test.go. */
    @Test
    void singleEntryTree() {
        byte[] hash = MerkleHash.leaf("data".getBytes(StandardCharsets.US_ASCII));
        assertThat(MerkleProofs.verifyInclusion(0, 1, hash, List.of(), hash)).isTrue();
        assertThat(MerkleProofs.verifyInclusion(0, 1, new byte[0], List.of(), hash)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(0, 1, hash, List.of(), new byte[0])).isFalse();
        assertThat(MerkleProofs.verifyInclusion(0, 1, new byte[0], List.of(), new byte[0])).isFalse();
    }

    /**
     * The trivial cases of TestVerifyConsistency (verify_test.go); its "don't care" roots are not 32 bytes there,
     * here they are 32-byte values, since this implementation also requires hashes to have the right length.
     */
    @Test
    void trivialConsistencyCases() {
        byte[] root1 = MerkleHash.sha256("don't care 1".getBytes(StandardCharsets.US_ASCII));
        byte[] root2 = MerkleHash.sha256("don't care 2".getBytes(StandardCharsets.US_ASCII));
        byte[] empty = MerkleHash.unhex(EMPTY_TREE_HASH);
        List<byte[]> none = List.of();
        List<byte[]> one = List.of(empty);
        assertThat(MerkleProofs.verifyConsistency(0, 0, root1, root2, none)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(1, 1, root1, root2, none)).isFalse();
        // Sizes that are always consistent.
        assertThat(MerkleProofs.verifyConsistency(0, 0, root1, root1, none)).isTrue();
        assertThat(MerkleProofs.verifyConsistency(0, 1, root1, root2, none)).isTrue();
        assertThat(MerkleProofs.verifyConsistency(1, 1, root2, root2, none)).isTrue();
        // Time travel to the past.
        assertThat(MerkleProofs.verifyConsistency(1, 0, root1, root2, none)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(2, 1, root1, root2, none)).isFalse();
        // Empty proof.
        assertThat(MerkleProofs.verifyConsistency(1, 2, root1, root2, none)).isFalse();
        // Roots don't match.
        assertThat(MerkleProofs.verifyConsistency(0, 0, empty, root2, none)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(1, 1, empty, root2, none)).isFalse();
        // Roots match but the proof is not empty.
        assertThat(MerkleProofs.verifyConsistency(0, 0, empty, empty, one)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(0, 1, empty, empty, one)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(1, 1, empty, empty, one)).isFalse();
    }
}
