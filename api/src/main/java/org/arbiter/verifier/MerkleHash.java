package org.arbiter.verifier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;

/**
 * The hashes of the Merkle tree of RFC 6962 §2.1 (RFC 9162 §2.1.1) with SHA-256: a leaf is
 * {@code SHA-256(0x00 || entry)}, an inner node {@code SHA-256(0x01 || left || right)}, so that a leaf can never be
 * mistaken for a node. Also the lowercase hex codec used by every text form of this package.
 */
public final class MerkleHash {

    /** The length in bytes of every hash of the tree. */
    public static final int SIZE = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private MerkleHash() {
    }

    /** A fresh SHA-256 digest (every JDK has it). */
    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    /** SHA-256 of {@code data}. */
    public static byte[] sha256(byte[] data) {
        Objects.requireNonNull(data, "data");
        return newDigest().digest(data);
    }

    /** The leaf hash of an entry: {@code SHA-256(0x00 || entry)}. */
    public static byte[] leaf(byte[] entry) {
        Objects.requireNonNull(entry, "entry");
        MessageDigest digest = newDigest();
        digest.update(LEAF_PREFIX);
        digest.update(entry);
        return digest.digest();
    }

    /** The hash of an inner node: {@code SHA-256(0x01 || left || right)}. */
    public static byte[] node(byte[] left, byte[] right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        MessageDigest digest = newDigest();
        digest.update(NODE_PREFIX);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** The hash of the empty tree: SHA-256 of the empty string. */
    public static byte[] emptyRoot() {
        return sha256(new byte[0]);
    }

    /** Lowercase hexadecimal, two digits a byte. */
    public static String hex(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }

    /**
     * Decodes hexadecimal (either case, even length, nothing else: no prefix, no spaces).
     *
     * @throws IllegalArgumentException if {@code hex} is null, has an odd length or a character that is not a hex
     *                                  digit
     */
    public static byte[] unhex(String hex) {
        if (hex == null) {
            throw new IllegalArgumentException("hex string is null");
        }
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("hex string has an odd length (" + hex.length() + ")");
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (digit(hex, 2 * i) << 4 | digit(hex, 2 * i + 1));
        }
        return out;
    }

    /** Whether {@code s} is exactly 64 lowercase hex digits (the canonical text of a SHA-256 hash). */
    public static boolean isHash(String s) {
        if (s == null || s.length() != 2 * SIZE) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static int digit(String hex, int at) {
        char c = hex.charAt(at);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw new IllegalArgumentException("not a hex digit at position " + at + ": '" + printable(c) + "'");
    }

    private static String printable(char c) {
        return c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c);
    }
}
