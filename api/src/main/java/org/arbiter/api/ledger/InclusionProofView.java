package org.arbiter.api.ledger;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The audit path proving that a leaf is in the tree of {@code treeSize} leaves, leaf to root. */
@Schema(name = "InclusionProof")
public record InclusionProofView(long leafIndex, long treeSize, String leafHash, List<String> auditPath) {
}
