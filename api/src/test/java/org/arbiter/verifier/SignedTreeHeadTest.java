package org.arbiter.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedTreeHeadTest {

    static final KeyPair KEYS = Ed25519Keys.generate();
    static final byte[] ROOT =
            MerkleHash.unhex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void signedBytesAreTheRfc6962TreeHeadSignature() {
        byte[] root = new byte[32];
        Arrays.fill(root, (byte) 0xaa);
        byte[] bytes = SignedTreeHead.signedBytes(0x0102030405060708L, 0x1112131415161718L, root);
        assertThat(bytes).hasSize(50);
        assertThat(MerkleHash.hex(bytes)).isEqualTo("00" + "01" + "0102030405060708" + "1112131415161718"
                + "aa".repeat(32));
        assertThatThrownBy(() -> SignedTreeHead.signedBytes(1, 1, new byte[31]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signAndVerify() throws Exception {
        SignedTreeHead sth = SignedTreeHead.sign(8, 1763870400123L, ROOT, KEYS.getPrivate());
        assertThat(sth.treeSize()).isEqualTo(8);
        assertThat(sth.timestampMillis()).isEqualTo(1763870400123L);
        assertThat(sth.rootHash()).isEqualTo(ROOT);
        assertThat(sth.signature()).hasSize(64);
        assertThat(sth.verify(KEYS.getPublic())).isTrue();
        // The signature is a plain Ed25519 signature of the 50 signed bytes.
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(KEYS.getPublic());
        verifier.update(SignedTreeHead.signedBytes(1763870400123L, 8, ROOT));
        assertThat(verifier.verify(sth.signature())).isTrue();
    }

    @Test
    void tamperingBreaksTheSignature() throws Exception {
        SignedTreeHead sth = SignedTreeHead.sign(8, 1763870400123L, ROOT, KEYS.getPrivate());
        byte[] otherRoot = ROOT.clone();
        otherRoot[31] ^= 1;
        byte[] otherSignature = sth.signature();
        otherSignature[0] ^= 1;
        assertThat(new SignedTreeHead(9, sth.timestampMillis(), ROOT, sth.signature()).verify(KEYS.getPublic()))
                .isFalse();
        assertThat(new SignedTreeHead(8, sth.timestampMillis() + 1, ROOT, sth.signature())
                .verify(KEYS.getPublic())).isFalse();
        assertThat(new SignedTreeHead(8, sth.timestampMillis(), otherRoot, sth.signature())
                .verify(KEYS.getPublic())).isFalse();
        assertThat(new SignedTreeHead(8, sth.timestampMillis(), ROOT, otherSignature).verify(KEYS.getPublic()))
                .isFalse();
        assertThat(new SignedTreeHead(8, sth.timestampMillis(), ROOT, new byte[] {1, 2, 3})
                .verify(KEYS.getPublic())).isFalse();
        assertThat(sth.verify(Ed25519Keys.generate().getPublic())).isFalse();
        assertThat(sth.verify(null)).isFalse();
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        assertThat(sth.verify(ec.generateKeyPair().getPublic())).isFalse();
        assertThatThrownBy(() -> SignedTreeHead.sign(1, 1, ROOT, ec.generateKeyPair().getPrivate()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ed25519");
    }

    @Test
    void textRoundTrip() {
        SignedTreeHead sth = SignedTreeHead.sign(12, 1763870400123L, ROOT, KEYS.getPrivate());
        String text = sth.toText();
        assertThat(text).isEqualTo("tree-size: 12\n"
                + "timestamp: 1763870400123\n"
                + "root: 5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328\n"
                + "signature: " + Base64.getEncoder().encodeToString(sth.signature()) + "\n");
        SignedTreeHead parsed = SignedTreeHead.parse(text);
        assertThat(parsed).isEqualTo(sth).hasSameHashCodeAs(sth);
        assertThat(parsed.verify(KEYS.getPublic())).isTrue();
        assertThat(parsed.toString()).contains("treeSize=12", "5dc9da79", "2025-11-23T04:00:00.123Z");
    }

    @Test
    void equalsComparesContents() {
        SignedTreeHead a = new SignedTreeHead(1, 2, ROOT, new byte[] {1, 2});
        SignedTreeHead b = new SignedTreeHead(1, 2, ROOT.clone(), new byte[] {1, 2});
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new SignedTreeHead(1, 2, ROOT, new byte[] {1, 3}));
        // Defensive copies.
        byte[] root = ROOT.clone();
        SignedTreeHead c = new SignedTreeHead(1, 2, root, new byte[] {1, 2});
        root[0] ^= 1;
        c.rootHash()[1] ^= 1;
        assertThat(c).isEqualTo(a);
    }

    @Test
    void parseIsStrictAndNamesTheLine() {
        String good = SignedTreeHead.sign(12, 1763870400123L, ROOT, KEYS.getPrivate()).toText();
        assertParseError(good.substring(0, good.length() - 1), "line 4", "line feed");
        assertParseError(good.replace("\n", "\r\n"), "line 1", "carriage return");
        assertParseError(good.replace("tree-size: 12", "tree-size: 012"), "line 1", "tree-size");
        assertParseError(good.replace("tree-size: 12", "tree-size: +12"), "line 1", "tree-size");
        assertParseError(good.replace("tree-size: 12", "tree-size: -1"), "line 1", "tree-size");
        assertParseError(good.replace("tree-size: 12", "tree-size: 99999999999999999999"), "line 1");
        assertParseError(good.replace("tree-size: 12", "size: 12"), "line 1", "tree-size");
        assertParseError(good.replace("timestamp: ", "timestamp:"), "line 2", "timestamp");
        assertParseError(good.replace("5dc9da79", "5DC9DA79"), "line 3", "root");
        assertParseError(good.replace("5dc9da79", "5dc9da7"), "line 3", "root");
        assertParseError(good.replace("signature: ", "signature: !"), "line 4", "signature");
        String signature = good.substring(good.indexOf("signature: ") + 11, good.length() - 1);
        assertParseError(good.replace(signature, signature.replace("==", "")), "line 4", "signature");
        assertParseError(good + "extra: 1\n", "line 5");
        assertParseError(good + "\n", "line 5");
        String[] lines = good.split("\n");
        assertParseError(lines[1] + "\n" + lines[0] + "\n" + lines[2] + "\n" + lines[3] + "\n", "line 1");
        assertParseError(lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n", "line 4", "missing");
        assertParseError("", "empty");
    }

    private static void assertParseError(String text, String... fragments) {
        assertThatThrownBy(() -> SignedTreeHead.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll(fragments);
    }

    @Test
    void constructorValidates() {
        assertThatThrownBy(() -> new SignedTreeHead(-1, 0, ROOT, new byte[64]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignedTreeHead(0, -1, ROOT, new byte[64]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignedTreeHead(0, 0, new byte[31], new byte[64]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignedTreeHead(0, 0, ROOT, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
