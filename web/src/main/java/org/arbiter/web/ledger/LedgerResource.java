package org.arbiter.web.ledger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import org.arbiter.api.ledger.ConsistencyProofView;
import org.arbiter.api.ledger.InclusionProofView;
import org.arbiter.api.ledger.LedgerApi;
import org.arbiter.api.ledger.SignedTreeHeadView;
import org.arbiter.ledger.LedgerService;

@Path(LedgerApi.PATH)
@RequestScoped
public class LedgerResource implements LedgerApi {

    @Inject
    LedgerService ledger;

    @Override
    public SignedTreeHeadView latest() {
        return ledger.latest();
    }

    @Override
    public SignedTreeHeadView treeHead(String treeSize) {
        return ledger.treeHead(treeSize);
    }

    @Override
    public String publicKey() {
        return ledger.publicKeyPem();
    }

    @Override
    public InclusionProofView inclusion(String leafHash, String leafIndex, String treeSize) {
        return ledger.inclusion(leafHash, leafIndex, treeSize);
    }

    @Override
    public ConsistencyProofView consistency(String first, String second) {
        return ledger.consistency(first, second);
    }
}
