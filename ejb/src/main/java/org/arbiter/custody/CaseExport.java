package org.arbiter.custody;

import java.util.List;
import java.util.Set;

import org.arbiter.verifier.InclusionProof;
import org.arbiter.verifier.SignedTreeHead;

/** Everything a case bundle holds except the evidence bytes, which are streamed from the store as it is written. */
public record CaseExport(String caseNumber, byte[] caseJson, SignedTreeHead treeHead, List<Entry> entries,
                         Set<String> evidenceHashes) {

    public String fileName() {
        return "arbiter-case-" + caseNumber + "-bundle.zip";
    }

    /** One custody entry's exact bytes and its inclusion proof against the bundle's tree head. */
    public record Entry(byte[] bytes, InclusionProof proof) {
    }
}
