package org.arbiter.verifier;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * Ed25519 keys (RFC 8032, JDK "Ed25519") and their PEM forms (RFC 7468): the public key as X.509
 * SubjectPublicKeyInfo ({@code -----BEGIN PUBLIC KEY-----}), the private key as PKCS#8 ({@code -----BEGIN PRIVATE
 * KEY-----}), both as RFC 8410 describes and OpenSSL writes them.
 */
public final class Ed25519Keys {

    private static final String ALGORITHM = "Ed25519";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";
    private static final String PRIVATE_LABEL = "PRIVATE KEY";

    private Ed25519Keys() {
    }

    /** A fresh key pair. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    /**
     * The PEM of an Ed25519 public key.
     *
     * @throws IllegalArgumentException if it is not an Ed25519 public key
     */
    public static String toPem(PublicKey key) {
        requireEd25519(key, "X.509", "public");
        return pem(PUBLIC_LABEL, key.getEncoded());
    }

    /**
     * The PEM of an Ed25519 private key (unencrypted PKCS#8: keep it secret).
     *
     * @throws IllegalArgumentException if it is not an Ed25519 private key
     */
    public static String toPem(PrivateKey key) {
        requireEd25519(key, "PKCS#8", "private");
        return pem(PRIVATE_LABEL, key.getEncoded());
    }

    /**
     * Reads a {@code PUBLIC KEY} PEM holding an Ed25519 key. Text around the PEM block is ignored; CRLF is accepted.
     *
     * @throws IllegalArgumentException with what is wrong
     */
    public static PublicKey readPublicKey(String pem) {
        byte[] der = unpem(pem, PUBLIC_LABEL, "public");
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
            requireEd25519(key, "X.509", "public");
            return key;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (" + describe(e) + ")", e);
        }
    }

    /**
     * Reads a {@code PRIVATE KEY} PEM (unencrypted PKCS#8) holding an Ed25519 key.
     *
     * @throws IllegalArgumentException with what is wrong
     */
    public static PrivateKey readPrivateKey(String pem) {
        byte[] der = unpem(pem, PRIVATE_LABEL, "private");
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
            requireEd25519(key, "PKCS#8", "private");
            return key;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("not an Ed25519 private key (" + describe(e) + ")", e);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void requireEd25519(Key key, String format, String kind) {
        Objects.requireNonNull(key, "key");
        boolean ed25519 = key instanceof EdECKey edec
                && edec.getParams() != null
                && ALGORITHM.equalsIgnoreCase(edec.getParams().getName());
        if (!ed25519) {
            throw new IllegalArgumentException("not an Ed25519 " + kind + " key: " + key.getAlgorithm());
        }
        if (!format.equals(key.getFormat()) || key.getEncoded() == null) {
            throw new IllegalArgumentException("the " + kind + " key has no " + format + " encoding");
        }
    }

    private static String pem(String label, byte[] der) {
        String base64 = Base64.getEncoder().encodeToString(der);
        StringBuilder out = new StringBuilder();
        out.append("-----BEGIN ").append(label).append("-----\n");
        for (int i = 0; i < base64.length(); i += 64) {
            out.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
        }
        out.append("-----END ").append(label).append("-----\n");
        return out.toString();
    }

    private static byte[] unpem(String pem, String label, String kind) {
        if (pem == null) {
            throw new IllegalArgumentException("no " + kind + " key PEM (null)");
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        if (from < 0) {
            int other = pem.indexOf("-----BEGIN ");
            if (other >= 0) {
                int close = pem.indexOf("-----", other + 11);
                String found = close > 0 ? pem.substring(other + 11, close) : "?";
                throw new IllegalArgumentException("expected a PEM '" + begin + "' block, found '"
                        + TextLines.abbreviate(found) + "'");
            }
            throw new IllegalArgumentException("not a PEM " + kind + " key: no '" + begin + "' line");
        }
        int to = pem.indexOf(end, from + begin.length());
        if (to < 0) {
            throw new IllegalArgumentException("PEM " + kind + " key: no '" + end + "' line");
        }
        String body = pem.substring(from + begin.length(), to);
        if (body.contains(":")) {
            throw new IllegalArgumentException("PEM " + kind + " key has headers (encrypted keys are not supported)");
        }
        String compact = body.replaceAll("\\s+", "");
        if (compact.isEmpty()) {
            throw new IllegalArgumentException("PEM " + kind + " key is empty");
        }
        if (!compact.matches("[A-Za-z0-9+/]*={0,2}")) {
            throw new IllegalArgumentException("PEM " + kind + " key: the body is not base64");
        }
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PEM " + kind + " key: the body is not base64 (" + e.getMessage()
                    + ")");
        }
    }
}
