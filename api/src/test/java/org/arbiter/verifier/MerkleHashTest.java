package org.arbiter.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MerkleHashTest {

    @Test
    void sha256OfKnownInputs() {
        // FIPS 180-2 / NIST CAVP values.
        assertThat(MerkleHash.hex(MerkleHash.sha256(new byte[0])))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(MerkleHash.hex(MerkleHash.sha256("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(MerkleHash.emptyRoot()).isEqualTo(MerkleHash.sha256(new byte[0]));
    }

    @Test
    void leafAndNodeArePrefixedHashes() {
        byte[] entry = {1, 2, 3};
        assertThat(MerkleHash.leaf(entry)).isEqualTo(MerkleHash.sha256(new byte[] {0, 1, 2, 3}));
        byte[] left = MerkleHash.sha256(new byte[] {7});
        byte[] right = MerkleHash.sha256(new byte[] {8});
        byte[] concatenated = new byte[65];
        concatenated[0] = 1;
        System.arraycopy(left, 0, concatenated, 1, 32);
        System.arraycopy(right, 0, concatenated, 33, 32);
        assertThat(MerkleHash.node(left, right)).isEqualTo(MerkleHash.sha256(concatenated));
        assertThat(MerkleHash.node(left, right)).isNotEqualTo(MerkleHash.node(right, left));
        // RFC 6962 known answer: the leaf hash of the empty entry (first root of the reference tree).
        assertThat(MerkleHash.hex(MerkleHash.leaf(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void hexRoundTrip() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String hex = MerkleHash.hex(all);
        assertThat(hex).startsWith("000102").endsWith("fdfeff").hasSize(512).isLowerCase();
        assertThat(MerkleHash.unhex(hex)).isEqualTo(all);
        assertThat(MerkleHash.unhex("ABcd")).containsExactly(0xab, 0xcd);
        assertThat(MerkleHash.unhex("")).isEmpty();
    }

    @Test
    void unhexIsStrict() {
        assertThatThrownBy(() -> MerkleHash.unhex("abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("odd length");
        assertThatThrownBy(() -> MerkleHash.unhex("0g")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 1");
        assertThatThrownBy(() -> MerkleHash.unhex(" 00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleHash.unhex("0x00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleHash.unhex("٠٠")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleHash.unhex(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isHashAcceptsOnly64LowercaseHexDigits() {
        String hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        assertThat(MerkleHash.isHash(hash)).isTrue();
        assertThat(MerkleHash.isHash(hash.toUpperCase())).isFalse();
        assertThat(MerkleHash.isHash(hash.substring(2))).isFalse();
        assertThat(MerkleHash.isHash(hash + "00")).isFalse();
        assertThat(MerkleHash.isHash(null)).isFalse();
    }

    @Test
    void subtreeGeometry() {
        Subtree node = new Subtree(3, 5);
        assertThat(node.firstLeaf()).isEqualTo(40);
        assertThat(node.leafCount()).isEqualTo(8);
        assertThat(node.endLeaf()).isEqualTo(48);
        assertThat(node.parent()).isEqualTo(new Subtree(4, 2));
        assertThat(node.left()).isEqualTo(new Subtree(2, 10));
        assertThat(node.right()).isEqualTo(new Subtree(2, 11));
        assertThat(new Subtree(0, 9).leafCount()).isEqualTo(1);
        assertThatThrownBy(() -> new Subtree(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Subtree(63, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Subtree(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Subtree(62, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Subtree(62, 0).endLeaf()).isEqualTo(1L << 62);
        assertThatThrownBy(() -> new Subtree(0, 1).left()).isInstanceOf(IllegalStateException.class);
    }
}
