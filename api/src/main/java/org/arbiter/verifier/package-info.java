/**
 * The verification kit for Arbiter's tamper-evident custody log, and the offline case-bundle verifier.
 *
 * <p>Every custody event is a canonical text entry ({@link org.arbiter.verifier.CustodyEntry}) chained to its
 * predecessor by SHA-256 and appended as a leaf to one append-only Merkle tree shared by all cases, exactly as in
 * RFC 6962 / RFC 9162 (Certificate Transparency): {@link org.arbiter.verifier.MerkleHash},
 * {@link org.arbiter.verifier.MerkleMath} (which complete subtrees a proof needs, then the proof),
 * {@link org.arbiter.verifier.MerkleProofs} (verification), {@link org.arbiter.verifier.LogAppender} (the sequencer).
 * The log periodically signs its size and root with Ed25519 ({@link org.arbiter.verifier.SignedTreeHead}).
 *
 * <p>A case bundle is a ZIP of the signed tree head, the case's entries with their inclusion proofs, the evidence
 * files and the case document ({@link org.arbiter.verifier.CaseBundleWriter}); anyone holding the log's public key
 * can check it with {@link org.arbiter.verifier.BundleVerifier} or {@code java -jar arbiter-verifier.jar}
 * ({@link org.arbiter.verifier.Main}).
 *
 * <p>This package depends on nothing but {@code java.base}: no Jakarta, no third-party library, so the executable
 * verifier jar runs alone.
 */
package org.arbiter.verifier;
