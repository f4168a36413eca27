package org.arbiter.custody;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arbiter.evidence.EvidenceStore;
import org.arbiter.ledger.LedgerSequencer;
import org.arbiter.shared.Caller;
import org.arbiter.verifier.CaseBundleWriter;

/**
 * Exports a case bundle in three steps, each its own transaction where it needs one: record the export in
 * the chain, have the log sequence it (so the bundle's tree head covers every entry), then gather the chain up
 * to the export's entry and stream the ZIP, evidence files straight from the store.
 */
@ApplicationScoped
public class CustodyExports {

    @Inject
    CustodyService custody;

    @Inject
    LedgerSequencer sequencer;

    @Inject
    EvidenceStore store;

    public CaseExport prepare(Caller caller, String caseNumber) {
        CustodyService.RecordedExport recorded = custody.recordExport(caller, caseNumber);
        sequencer.sequenceAll();
        return custody.gather(caller, caseNumber, recorded);
    }

    public void write(CaseExport export, OutputStream out) throws IOException {
        CaseBundleWriter bundle = new CaseBundleWriter(export.treeHead()).caseJson(export.caseJson());
        for (CaseExport.Entry entry : export.entries()) {
            bundle.addEntry(entry.bytes(), entry.proof());
        }
        for (String sha256 : export.evidenceHashes()) {
            bundle.addEvidence(sha256, () -> store.open(sha256));
        }
        bundle.writeTo(out);
    }
}
