package org.arbiter.verifier;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A signed tree head: the log's size and root at a time, signed with the log's Ed25519 key over the
 * TreeHeadSignature structure of RFC 6962 §3.5. Its text form is
 *
 * <pre>
 * tree-size: 12
 * timestamp: 1763870400123
 * root: &lt;64 lowercase hex&gt;
 * signature: &lt;standard base64&gt;
 * </pre>
 *
 * with LF line endings and a final LF.
 *
 * @param treeSize        the number of leaves
 * @param timestampMillis milliseconds since the epoch, UTC
 * @param rootHash        the 32-byte root (MTH) of the first {@code treeSize} leaves
 * @param signature       the Ed25519 signature of {@link #signedBytes(long, long, byte[])}
 */
public record SignedTreeHead(long treeSize, long timestampMillis, byte[] rootHash, byte[] signature) {

    /** The JDK signature algorithm. */
    public static final String ALGORITHM = "Ed25519";

    /** The length of {@link #signedBytes}. */
    public static final int SIGNED_LENGTH = 50;

    private static final String WHAT = "signed tree head";

    public SignedTreeHead {
        if (treeSize < 0) {
            throw new IllegalArgumentException("treeSize is negative: " + treeSize);
        }
        if (timestampMillis < 0) {
            throw new IllegalArgumentException("timestampMillis is negative: " + timestampMillis);
        }
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(signature, "signature");
        if (rootHash.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("rootHash has " + rootHash.length + " bytes, not " + MerkleHash.SIZE);
        }
        if (signature.length == 0) {
            throw new IllegalArgumentException("signature is empty");
        }
        rootHash = rootHash.clone();
        signature = signature.clone();
    }

    /**
     * RFC 6962 §3.5 TreeHeadSignature: version v1 (0), signature_type tree_hash (1), timestamp (uint64),
     * tree_size (uint64), sha256_root_hash (32 bytes), big-endian, 50 bytes.
     */
    public static byte[] signedBytes(long timestampMillis, long treeSize, byte[] rootHash) {
        Objects.requireNonNull(rootHash, "rootHash");
        if (rootHash.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("rootHash has " + rootHash.length + " bytes, not " + MerkleHash.SIZE);
        }
        return ByteBuffer.allocate(SIGNED_LENGTH)
                .put((byte) 0)
                .put((byte) 1)
                .putLong(timestampMillis)
                .putLong(treeSize)
                .put(rootHash)
                .array();
    }

    /**
     * Signs a tree head with the log's Ed25519 private key.
     *
     * @throws IllegalArgumentException if {@code key} is not an Ed25519 private key
     */
    public static SignedTreeHead sign(long treeSize, long timestampMillis, byte[] rootHash, PrivateKey key) {
        Objects.requireNonNull(key, "key");
        byte[] message = signedBytes(timestampMillis, treeSize, rootHash);
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(message);
            return new SignedTreeHead(treeSize, timestampMillis, rootHash, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key (an Ed25519 private key is needed): "
                    + e.getMessage(), e);
        }
    }

    /** Whether the signature verifies with {@code key}; false (never an exception) otherwise. */
    public boolean verify(PublicKey key) {
        if (key == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signedBytes(timestampMillis, treeSize, rootHash));
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The timestamp as an instant. */
    public Instant timestamp() {
        return Instant.ofEpochMilli(timestampMillis);
    }

    /** The text form (LF line endings, final LF). */
    public String toText() {
        return "tree-size: " + treeSize + "\n"
                + "timestamp: " + timestampMillis + "\n"
                + "root: " + MerkleHash.hex(rootHash) + "\n"
                + "signature: " + Base64.getEncoder().encodeToString(signature) + "\n";
    }

    /**
     * Parses the text form, strictly: the four lines in order, LF endings, canonical numbers, lowercase hex,
     * padded standard base64.
     *
     * @throws IllegalArgumentException naming the offending line
     */
    public static SignedTreeHead parse(String text) {
        List<String> lines = TextLines.split(text, WHAT);
        long treeSize = TextLines.decimal(TextLines.value(lines, 1, "tree-size", WHAT), WHAT, 1, "tree-size");
        long timestamp = TextLines.decimal(TextLines.value(lines, 2, "timestamp", WHAT), WHAT, 2, "timestamp");
        byte[] root = TextLines.hash(TextLines.value(lines, 3, "root", WHAT), WHAT, 3, "root");
        String encoded = TextLines.value(lines, 4, "signature", WHAT);
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(WHAT + ": line 4 (signature) is not standard base64: "
                    + e.getMessage());
        }
        if (signature.length == 0 || !Base64.getEncoder().encodeToString(signature).equals(encoded)) {
            throw new IllegalArgumentException(WHAT + ": line 4 (signature) is not canonical padded base64: '"
                    + TextLines.abbreviate(encoded) + "'");
        }
        if (lines.size() > 4) {
            throw new IllegalArgumentException(WHAT + ": line 5 is unexpected: '"
                    + TextLines.abbreviate(lines.get(4)) + "'");
        }
        return new SignedTreeHead(treeSize, timestamp, root, signature);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedTreeHead other
                && treeSize == other.treeSize
                && timestampMillis == other.timestampMillis
                && Arrays.equals(rootHash, other.rootHash)
                && Arrays.equals(signature, other.signature);
    }

    @Override
    public int hashCode() {
        int result = Long.hashCode(treeSize);
        result = 31 * result + Long.hashCode(timestampMillis);
        result = 31 * result + Arrays.hashCode(rootHash);
        result = 31 * result + Arrays.hashCode(signature);
        return result;
    }

    @Override
    public String toString() {
        return "SignedTreeHead[treeSize=" + treeSize + ", timestamp=" + timestamp()
                + ", rootHash=" + MerkleHash.hex(rootHash)
                + ", signature=" + Base64.getEncoder().encodeToString(signature) + "]";
    }
}
