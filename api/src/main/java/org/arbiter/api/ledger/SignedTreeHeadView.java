package org.arbiter.api.ledger;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A signed tree head: the log's size and root at a moment, signed with Ed25519 over RFC 6962's
 * TreeHeadSignature structure (version 0, type 1, timestamp, tree size, root hash).
 */
@Schema(name = "SignedTreeHead")
public record SignedTreeHeadView(long treeSize, long timestamp, Instant signedAt, String rootHash, String signature) {
}
