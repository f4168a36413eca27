package org.arbiter.api.custody;

import java.util.List;

import org.arbiter.api.ledger.SignedTreeHeadView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case's custody chain, in order, with inclusion proofs against {@code treeHead}. */
@Schema(name = "CustodyChain")
public record CustodyChainView(String caseNumber, SignedTreeHeadView treeHead, List<CustodyEntryView> entries) {
}
