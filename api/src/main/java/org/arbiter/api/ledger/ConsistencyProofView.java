package org.arbiter.api.ledger;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The proof that the tree of {@code secondSize} leaves extends the tree of {@code firstSize} leaves. */
@Schema(name = "ConsistencyProof")
public record ConsistencyProofView(long firstSize, long secondSize, List<String> proof) {
}
