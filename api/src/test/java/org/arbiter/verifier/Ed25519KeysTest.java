package org.arbiter.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class Ed25519KeysTest {

    /** RFC 8410 §10.3, "Example Ed25519 Private Key" (PKCS#8, as OpenSSL writes it). */
    static final String RFC8410_PRIVATE = "-----BEGIN PRIVATE KEY-----\n"
            + "MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\n"
            + "-----END PRIVATE KEY-----\n";

    /** RFC 8410 §10.1, "Example Ed25519 Public Key": the public key of the private key above. */
    static final String RFC8410_PUBLIC = "-----BEGIN PUBLIC KEY-----\n"
            + "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n"
            + "-----END PUBLIC KEY-----\n";

    @Test
    void pemRoundTrip() {
        KeyPair keys = Ed25519Keys.generate();
        String publicPem = Ed25519Keys.toPem(keys.getPublic());
        String privatePem = Ed25519Keys.toPem(keys.getPrivate());
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        for (String line : (publicPem + privatePem).split("\n")) {
            assertThat(line.length()).isLessThanOrEqualTo(64);
        }
        PublicKey publicKey = Ed25519Keys.readPublicKey(publicPem);
        PrivateKey privateKey = Ed25519Keys.readPrivateKey(privatePem);
        assertThat(publicKey.getEncoded()).isEqualTo(keys.getPublic().getEncoded());
        assertThat(privateKey.getEncoded()).isEqualTo(keys.getPrivate().getEncoded());
        SignedTreeHead sth = SignedTreeHead.sign(1, 2, new byte[32], privateKey);
        assertThat(sth.verify(publicKey)).isTrue();
        // CRLF and surrounding text are tolerated.
        assertThat(Ed25519Keys.readPublicKey("key:\r\n" + publicPem.replace("\n", "\r\n") + "\r\n").getEncoded())
                .isEqualTo(keys.getPublic().getEncoded());
    }

    @Test
    void readsTheRfc8410Examples() throws Exception {
        PrivateKey privateKey = Ed25519Keys.readPrivateKey(RFC8410_PRIVATE);
        PublicKey publicKey = Ed25519Keys.readPublicKey(RFC8410_PUBLIC);
        assertThat(Ed25519Keys.toPem(publicKey)).isEqualTo(RFC8410_PUBLIC);
        assertThat(Ed25519Keys.toPem(privateKey)).isEqualTo(RFC8410_PRIVATE);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(new byte[] {42});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(new byte[] {42});
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void badKeysAreRejectedClearly() throws Exception {
        assertThatThrownBy(() -> Ed25519Keys.readPublicKey(RFC8410_PRIVATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-----BEGIN PUBLIC KEY-----").hasMessageContaining("PRIVATE KEY");
        assertThatThrownBy(() -> Ed25519Keys.readPrivateKey(RFC8410_PUBLIC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PUBLIC KEY");
        assertThatThrownBy(() -> Ed25519Keys.readPublicKey("hello")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a PEM public key");
        assertThatThrownBy(() -> Ed25519Keys.readPublicKey(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ed25519Keys.readPublicKey(RFC8410_PUBLIC.replace("-----END PUBLIC KEY-----", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("END PUBLIC KEY");
        assertThatThrownBy(() -> Ed25519Keys.readPublicKey(RFC8410_PUBLIC.replace("MCow", "MC*w")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not base64");
        assertThatThrownBy(() -> Ed25519Keys.readPublicKey(RFC8410_PUBLIC.replace("MCowBQYDK2Vw", "MCowBQYDK2Vx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an Ed25519 public key");
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        KeyPair ecKeys = ec.generateKeyPair();
        String ecPem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(ecKeys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        assertThatThrownBy(() -> Ed25519Keys.readPublicKey(ecPem)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an Ed25519 public key");
        assertThatThrownBy(() -> Ed25519Keys.toPem(ecKeys.getPublic())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an Ed25519");
        assertThatThrownBy(() -> Ed25519Keys.toPem(ecKeys.getPrivate()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ed25519Keys.readPrivateKey("-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
