package org.arbiter.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks {@link MerkleMath} and {@link MerkleProofs} against {@link ReferenceMerkle} (the RFC 6962 definitions)
 * for every tree size 0..70, every leaf and every pair of sizes, and checks the two-phase contract: the lookup is
 * asked for exactly the announced complete subtrees.
 */
class MerkleMathExhaustiveTest {

    static final int MAX = 70;
    static final List<byte[]> LEAVES = ReferenceMerkle.leaves(MAX);

    /** A lookup that only answers for the announced nodes, which must be complete in a tree of {@code size}. */
    static final class Lookup implements Function<Subtree, byte[]> {
        final Set<Subtree> allowed;
        final Set<Subtree> asked = new HashSet<>();
        final long size;

        Lookup(Set<Subtree> allowed, long size) {
            this.allowed = allowed;
            this.size = size;
        }

        @Override
        public byte[] apply(Subtree node) {
            if (!allowed.contains(node)) {
                fail("asked for %s, which was not announced (%s)", node, allowed);
            }
            if (node.endLeaf() > size) {
                fail("%s is not complete in a tree of %d", node, size);
            }
            asked.add(node);
            return ReferenceMerkle.hash(node, LEAVES);
        }
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(MerkleHash::hex).toList();
    }

    @Test
    void rootNodesAreTheMaximalCompleteSubtreesLeftToRight() {
        for (long size = 0; size <= 4096; size++) {
            List<Subtree> nodes = MerkleMath.rootNodes(size);
            long position = 0;
            int previousLevel = Integer.MAX_VALUE;
            for (Subtree node : nodes) {
                assertThat(node.firstLeaf()).isEqualTo(position);
                assertThat(node.level()).isLessThan(previousLevel);
                previousLevel = node.level();
                position = node.endLeaf();
            }
            assertThat(position).isEqualTo(size);
            assertThat(nodes).hasSize(Long.bitCount(size));
        }
        assertThat(MerkleMath.rootNodes(Long.MAX_VALUE)).hasSize(63);
        assertThat(MerkleMath.rootNodes(Long.MAX_VALUE).get(62)).isEqualTo(new Subtree(0, Long.MAX_VALUE - 1));
        assertThat(MerkleMath.rootNodes(0)).isEmpty();
        assertThatThrownBy(() -> MerkleMath.rootNodes(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rootsEqualTheReference() {
        for (int size = 0; size <= MAX; size++) {
            Lookup lookup = new Lookup(new HashSet<>(MerkleMath.rootNodes(size)), size);
            assertThat(MerkleHash.hex(MerkleMath.root(size, lookup))).as("root of %d", size)
                    .isEqualTo(MerkleHash.hex(ReferenceMerkle.mth(LEAVES.subList(0, size))));
            assertThat(lookup.asked).isEqualTo(lookup.allowed);
        }
    }

    @Test
    void inclusionPathsEqualTheReferenceVerifyAndResistTampering() {
        int checked = 0;
        for (int size = 1; size <= MAX; size++) {
            List<byte[]> tree = LEAVES.subList(0, size);
            byte[] root = ReferenceMerkle.mth(tree);
            for (int index = 0; index < size; index++) {
                Set<Subtree> nodes = MerkleMath.inclusionNodes(index, size);
                Lookup lookup = new Lookup(nodes, size);
                List<byte[]> path = MerkleMath.inclusionPath(index, size, lookup);
                assertThat(hex(path)).as("PATH(%d, D[%d])", index, size)
                        .isEqualTo(hex(ReferenceMerkle.path(index, tree)));
                assertThat(lookup.asked).as("nodes of PATH(%d, D[%d])", index, size).isEqualTo(nodes);
                assertThat(nodes.size()).isLessThanOrEqualTo(2 * 7);
                byte[] leaf = LEAVES.get(index);
                assertThat(MerkleProofs.verifyInclusion(index, size, leaf, path, root))
                        .as("verify PATH(%d, D[%d])", index, size).isTrue();
                for (Probes.Inclusion probe : Probes.corruptInclusion(index, size, path, root, leaf)) {
                    assertThat(MerkleProofs.verifyInclusion(probe.leafIndex(), probe.treeSize(), probe.leafHash(),
                            probe.path(), probe.root())).as("PATH(%d, D[%d]) %s", index, size, probe.description())
                            .isFalse();
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(MAX * (MAX + 1) / 2);
    }

    @Test
    void consistencyProofsEqualTheReferenceVerifyAndResistTampering() {
        int checked = 0;
        for (int second = 0; second <= MAX; second++) {
            List<byte[]> tree = LEAVES.subList(0, second);
            byte[] root2 = ReferenceMerkle.mth(tree);
            for (int first = 0; first <= second; first++) {
                byte[] root1 = ReferenceMerkle.mth(LEAVES.subList(0, first));
                Set<Subtree> nodes = MerkleMath.consistencyNodes(first, second);
                Lookup lookup = new Lookup(nodes, second);
                List<byte[]> proof = MerkleMath.consistencyProof(first, second, lookup);
                assertThat(hex(proof)).as("PROOF(%d, D[%d])", first, second)
                        .isEqualTo(hex(ReferenceMerkle.proof(first, tree)));
                assertThat(lookup.asked).as("nodes of PROOF(%d, D[%d])", first, second).isEqualTo(nodes);
                assertThat(MerkleProofs.verifyConsistency(first, second, root1, root2, proof))
                        .as("verify PROOF(%d, D[%d])", first, second).isTrue();
                if (first == 0 || first == second) {
                    assertThat(proof).isEmpty();
                } else {
                    for (Probes.Consistency probe : Probes.corruptConsistency(first, second, root1, root2, proof)) {
                        assertThat(MerkleProofs.verifyConsistency(probe.first(), probe.second(), probe.root1(),
                                probe.root2(), probe.proof()))
                                .as("PROOF(%d, D[%d]) %s", first, second, probe.description()).isFalse();
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo((MAX + 1) * (MAX + 2) / 2);
    }

    @Test
    void largeTreesNeedFewNodes() {
        long size = Long.MAX_VALUE;
        Set<Subtree> inclusion = MerkleMath.inclusionNodes(12345678901L, size);
        assertThat(inclusion).hasSizeLessThanOrEqualTo(2 * 63);
        inclusion.forEach(node -> assertThat(node.endLeaf()).isLessThanOrEqualTo(size));
        Set<Subtree> consistency = MerkleMath.consistencyNodes(987654321987L, size - 5);
        assertThat(consistency).hasSizeLessThanOrEqualTo(2 * 63 + 1);
        consistency.forEach(node -> assertThat(node.endLeaf()).isLessThanOrEqualTo(size - 5));
        // The path can be computed from those nodes only.
        byte[] dummy = new byte[32];
        assertThat(MerkleMath.inclusionPath(12345678901L, size, node -> inclusion.contains(node) ? dummy : null))
                .hasSizeBetween(62, 63);
    }

    @Test
    void invalidArgumentsAreRejected() {
        Function<Subtree, byte[]> none = node -> null;
        assertThatThrownBy(() -> MerkleMath.inclusionNodes(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleMath.inclusionNodes(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleMath.inclusionPath(0, 0, none)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleMath.consistencyNodes(6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleMath.consistencyProof(-1, 5, none))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleMath.root(-1, none)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleMath.root(3, none)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no hash for");
        assertThatThrownBy(() -> MerkleMath.root(1, node -> new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("31 bytes");
        assertThat(MerkleMath.consistencyNodes(0, 9)).isEmpty();
        assertThat(MerkleMath.consistencyNodes(9, 9)).isEmpty();
    }

    @Test
    void malformedProofsReturnFalseWithoutThrowing() {
        byte[] hash = new byte[32];
        List<byte[]> withNull = new ArrayList<>();
        withNull.add(null);
        assertThat(MerkleProofs.verifyInclusion(0, 2, hash, null, hash)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(0, 2, hash, withNull, hash)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(0, 2, null, List.of(hash), hash)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(0, 2, hash, List.of(hash), null)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(-1, 2, hash, List.of(hash), hash)).isFalse();
        assertThat(MerkleProofs.verifyInclusion(Long.MAX_VALUE - 1, Long.MAX_VALUE, hash, List.of(hash), hash))
                .isFalse();
        assertThat(MerkleProofs.verifyConsistency(1, 2, hash, hash, null)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(1, 2, hash, hash, withNull)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(1, 2, null, hash, List.of(hash))).isFalse();
        assertThat(MerkleProofs.verifyConsistency(-1, 2, hash, hash, List.of(hash))).isFalse();
        assertThat(MerkleProofs.verifyConsistency(3, 3, null, null, List.of())).isFalse();
        List<byte[]> huge = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            huge.add(hash);
        }
        assertThat(MerkleProofs.verifyInclusion(3, 70, hash, huge, hash)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(3, 70, hash, hash, huge)).isFalse();
    }
}
