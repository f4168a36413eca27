package org.arbiter.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogAppenderTest {

    static final int TOTAL = 300;
    static final List<byte[]> LEAVES = ReferenceMerkle.leaves(TOTAL);

    /** Every complete subtree of a tree of {@code size} leaves. */
    static Set<Subtree> allCompleteSubtrees(long size) {
        Set<Subtree> all = new HashSet<>();
        for (int level = 0; (1L << level) <= size; level++) {
            for (long index = 0; (index + 1) << level <= size; index++) {
                all.add(new Subtree(level, index));
            }
        }
        return all;
    }

    /** Appends in batches of 1, 2, 3, 5, 8, ... (cycling), each with a new appender loaded from the stored nodes. */
    @Test
    void batchesFromStoredFrontiersMatchTheReference() {
        int[] batches = {1, 2, 3, 5, 8, 13, 21, 34, 55, 1, 1, 4, 7, 16, 31, 32, 33, 64};
        Map<Subtree, byte[]> store = new HashMap<>();
        long size = 0;
        int batch = 0;
        while (size < TOTAL) {
            int count = (int) Math.min(batches[batch++ % batches.length], TOTAL - size);
            Map<Subtree, byte[]> frontier = new HashMap<>();
            for (Subtree node : MerkleMath.rootNodes(size)) {
                frontier.put(node, store.get(node));
            }
            LogAppender appender = new LogAppender(size, frontier);
            assertThat(appender.root()).isEqualTo(ReferenceMerkle.mth(LEAVES.subList(0, (int) size)));
            for (int i = 0; i < count; i++) {
                appender.append(LEAVES.get((int) size + i));
            }
            long newSize = size + count;
            assertThat(appender.treeSize()).isEqualTo(newSize);
            assertThat(appender.root()).as("root after %d", newSize)
                    .isEqualTo(ReferenceMerkle.mth(LEAVES.subList(0, (int) newSize)));
            // Exactly the subtrees completed by this batch, each with its right hash, children before parents.
            Set<Subtree> expected = allCompleteSubtrees(newSize);
            expected.removeAll(allCompleteSubtrees(size));
            Map<Subtree, byte[]> completed = appender.completedNodes();
            assertThat(completed.keySet()).isEqualTo(expected);
            Set<Subtree> seen = new HashSet<>(store.keySet());
            for (Map.Entry<Subtree, byte[]> node : completed.entrySet()) {
                assertThat(node.getValue()).as("%s", node.getKey())
                        .isEqualTo(ReferenceMerkle.hash(node.getKey(), LEAVES));
                if (node.getKey().level() > 0) {
                    assertThat(seen).as("children of %s", node.getKey())
                            .contains(node.getKey().left(), node.getKey().right());
                }
                seen.add(node.getKey());
            }
            assertThat(appender.frontier().keySet()).containsExactlyElementsOf(MerkleMath.rootNodes(newSize));
            store.putAll(completed);
            size = newSize;
        }
        assertThat(store.keySet()).isEqualTo(allCompleteSubtrees(TOTAL));
        // The stored nodes serve the proofs.
        assertThat(MerkleMath.root(TOTAL, store::get)).isEqualTo(ReferenceMerkle.mth(LEAVES));
        assertThat(MerkleMath.inclusionPath(123, TOTAL, store::get))
                .containsExactlyElementsOf(ReferenceMerkle.path(123, LEAVES));
    }

    @Test
    void leafByLeafFromEmpty() {
        LogAppender appender = LogAppender.empty();
        assertThat(appender.root()).isEqualTo(MerkleHash.sha256(new byte[0]));
        for (int i = 0; i < TOTAL; i++) {
            appender.append(LEAVES.get(i));
            assertThat(appender.root()).isEqualTo(ReferenceMerkle.mth(LEAVES.subList(0, i + 1)));
            assertThat(appender.frontier()).hasSize(Integer.bitCount(i + 1));
        }
        assertThat(appender.completedNodes().keySet()).isEqualTo(allCompleteSubtrees(TOTAL));
        // Insertion order: leaf 0, leaf 1, the node over both, leaf 2, leaf 3, ...
        assertThat(appender.completedNodes().keySet()).startsWith(
                new Subtree(0, 0), new Subtree(0, 1), new Subtree(1, 0), new Subtree(0, 2), new Subtree(0, 3),
                new Subtree(1, 1), new Subtree(2, 0), new Subtree(0, 4));
    }

    @Test
    void invalidInput() {
        assertThatThrownBy(() -> new LogAppender(3, Map.of(new Subtree(1, 0), new byte[32])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level=0, index=2");
        assertThatThrownBy(() -> new LogAppender(1, Map.of(new Subtree(0, 0), new byte[5])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogAppender(-1, Map.of())).isInstanceOf(IllegalArgumentException.class);
        LogAppender appender = LogAppender.empty();
        assertThatThrownBy(() -> appender.append(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThat(appender.treeSize()).isZero();
        // Extra stored nodes are ignored.
        Map<Subtree, byte[]> more = new HashMap<>();
        more.put(new Subtree(1, 0), ReferenceMerkle.hash(new Subtree(1, 0), LEAVES));
        more.put(new Subtree(0, 0), LEAVES.get(0));
        more.put(new Subtree(0, 1), LEAVES.get(1));
        LogAppender two = new LogAppender(2, more);
        two.append(LEAVES.get(2));
        assertThat(two.root()).isEqualTo(ReferenceMerkle.mth(LEAVES.subList(0, 3)));
    }
}
