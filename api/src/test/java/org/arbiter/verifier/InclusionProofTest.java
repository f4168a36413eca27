package org.arbiter.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InclusionProofTest {

    static final List<byte[]> LEAVES = ReferenceMerkle.leaves(120);

    static Map<Subtree, byte[]> store() {
        LogAppender appender = LogAppender.empty();
        LEAVES.forEach(appender::append);
        return new HashMap<>(appender.completedNodes());
    }

    @Test
    void textRoundTripAndVerification() {
        Map<Subtree, byte[]> store = store();
        InclusionProof proof = InclusionProof.of(41, 120, store::get);
        String text = proof.toText();
        assertThat(text).startsWith("leaf-index: 41\ntree-size: 120\npath: ").endsWith("\n");
        assertThat(text.split("\n")).hasSize(2 + proof.path().size());
        InclusionProof parsed = InclusionProof.parse(text);
        assertThat(parsed).isEqualTo(proof).hasSameHashCodeAs(proof);
        assertThat(parsed.toText()).isEqualTo(text);
        byte[] root = MerkleMath.root(120, store::get);
        assertThat(parsed.verify(LEAVES.get(41), root)).isTrue();
        assertThat(parsed.verify(LEAVES.get(42), root)).isFalse();
        assertThat(parsed.toString()).contains("leafIndex=41");
    }

    @Test
    void singleLeafTreeHasNoPathLines() {
        InclusionProof proof = new InclusionProof(0, 1, List.of());
        assertThat(proof.toText()).isEqualTo("leaf-index: 0\ntree-size: 1\n");
        assertThat(InclusionProof.parse("leaf-index: 0\ntree-size: 1\n")).isEqualTo(proof);
    }

    @Test
    void equalityIsByContentAndPathIsCopied() {
        byte[] hash = new byte[32];
        List<byte[]> path = new ArrayList<>();
        path.add(hash);
        InclusionProof proof = new InclusionProof(0, 2, path);
        hash[0] = 1;
        path.clear();
        assertThat(proof.path()).hasSize(1);
        assertThat(proof.path().get(0)).isEqualTo(new byte[32]);
        proof.path().get(0)[0] = 5;
        assertThat(proof).isEqualTo(new InclusionProof(0, 2, List.of(new byte[32])));
        assertThat(proof).isNotEqualTo(new InclusionProof(1, 2, List.of(new byte[32])));
    }

    @Test
    void parseIsStrict() {
        String good = InclusionProof.of(41, 120, store()::get).toText();
        assertRejected(good.substring(0, good.length() - 1), "line feed");
        assertRejected(good.replace("leaf-index: 41", "leaf-index: 041"), "line 1", "leaf-index");
        assertRejected(good.replace("tree-size: 120", "tree-size: 40"), "not in a tree");
        assertRejected(good.replace("tree-size: 120", "treesize: 120"), "line 2", "tree-size");
        assertRejected(good.replaceFirst("path: ([0-9a-f]{10})", "path: $1X"), "line 3", "path");
        assertRejected(good.replaceFirst("path: [0-9a-f]{2}", "path: "), "line 3", "path");
        assertRejected(good + "root: 00\n", "line " + (good.split("\n").length + 1), "path");
        assertRejected(good.replace("\n", "\r\n"), "carriage return");
        assertRejected("leaf-index: 0\n", "line 2", "missing");
        assertThatThrownBy(() -> new InclusionProof(0, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InclusionProof(0, 2, List.of(new byte[3])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRejected(String text, String... fragments) {
        assertThatThrownBy(() -> InclusionProof.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll(fragments);
    }
}
