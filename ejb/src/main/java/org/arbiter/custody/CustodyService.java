package org.arbiter.custody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.arbiter.api.custody.CustodyChainView;
import org.arbiter.api.custody.CustodyEntryView;
import org.arbiter.api.vocabulary.CustodyEventType;
import org.arbiter.cases.CaseAccess;
import org.arbiter.cases.CaseRepository;
import org.arbiter.cases.DisputeCase;
import org.arbiter.evidence.EvidenceService;
import org.arbiter.ledger.LedgerService;
import org.arbiter.ledger.LedgerStore;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ForbiddenException;
import org.arbiter.shared.Json;
import org.arbiter.verifier.InclusionProof;
import org.arbiter.verifier.MerkleHash;
import org.arbiter.verifier.SignedTreeHead;

/** Reads a case's custody chain with its proofs, and records and gathers a case's export. */
@Stateless
public class CustodyService {

    @Inject
    CaseAccess access;

    @Inject
    CaseRepository cases;

    @Inject
    CustodyChain custody;

    @Inject
    EvidenceService evidence;

    @Inject
    LedgerStore ledgerStore;

    @Inject
    LedgerService ledger;

    @Inject
    Clock clock;

    public CustodyChainView chain(Caller caller, String caseNumber) {
        DisputeCase disputeCase = access.find(caller, caseNumber);
        List<CustodyEvent> events = custody.of(disputeCase.getId());
        Predicate<CustodyEvent> redactedForCaller = evidence.redactedFor(caller, disputeCase);
        Optional<SignedTreeHead> head = ledgerStore.latestTreeHead();
        Map<Long, List<byte[]>> paths = head.map(h -> ledger.inclusionPaths(sequencedWithin(events, h), h.treeSize()))
                .orElse(Map.of());
        List<CustodyEntryView> entries = new ArrayList<>(events.size());
        for (CustodyEvent event : events) {
            List<byte[]> path = event.getLeafIndex() == null ? null : paths.get(event.getLeafIndex());
            boolean redacted = redactedForCaller.test(event);
            entries.add(new CustodyEntryView(event.getSeq(), event.getEvent(), redacted ? null : event.getEvidenceId(),
                    redacted ? null : event.getActor(), event.getRecordedAt(), redacted ? null : event.getEntry(),
                    MerkleHash.hex(event.getEntryHash()), MerkleHash.hex(event.getLeafHash()),
                    path == null ? null : event.getLeafIndex(),
                    path == null ? List.of() : path.stream().map(MerkleHash::hex).toList(), redacted));
        }
        return new CustodyChainView(disputeCase.getCaseNumber().value(), head.map(LedgerService::view).orElse(null),
                entries);
    }

    /**
     * The first half of an export: the case document is written and its hash goes into the chain as the
     * EXPORTED entry, so the bundle's case.json is covered by the signed log like every other file.
     */
    public RecordedExport recordExport(Caller caller, String caseNumber) {
        DisputeCase disputeCase = access.forChange(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        if (!actor.isStaff()) {
            throw new ForbiddenException("case bundles are exported by staff who are not a party to the case");
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("case", access.view(actor, disputeCase));
        document.put("evidence", evidence.list(actor, caseNumber));
        document.put("annotations", evidence.annotationsOfCase(actor, disputeCase));
        document.put("exportedBy", actor.userId());
        Instant now = clock.instant();
        document.put("exportedAt", now);
        byte[] caseJson;
        try {
            caseJson = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CustodyEvent exported = custody.append(disputeCase, CustodyEventType.EXPORTED, null,
                MerkleHash.hex(MerkleHash.sha256(caseJson)), actor, "case bundle exported", now);
        disputeCase.recordEvidenceEvent(actor, "CUSTODY_EXPORTED", "exported the case bundle", now);
        cases.update(disputeCase);
        return new RecordedExport(caseJson, exported.getSeq());
    }

    /**
     * The case document of an export and the place of its EXPORTED entry in the chain: the bundle ends there,
     * however much the chain grew while the log sequenced it.
     */
    public record RecordedExport(byte[] caseJson, long exportedSeq) {
    }

    /**
     * The second half, once the log has sequenced the export: every entry up to the export's own with its proof,
     * the tree head. Entries appended since (a party viewing evidence meanwhile) belong to the next export.
     */
    public CaseExport gather(Caller caller, String caseNumber, RecordedExport export) {
        DisputeCase disputeCase = access.find(caller, caseNumber);
        List<CustodyEvent> events = custody.upTo(disputeCase.getId(), export.exportedSeq());
        SignedTreeHead head = ledger.latestHead();
        List<Long> indexes = sequencedWithin(events, head);
        if (indexes.size() != events.size()) {
            throw new IllegalStateException("the custody log has not sequenced every entry of case " + caseNumber);
        }
        Map<Long, List<byte[]>> paths = ledger.inclusionPaths(indexes, head.treeSize());
        List<CaseExport.Entry> entries = new ArrayList<>(events.size());
        Set<String> files = new LinkedHashSet<>();
        for (CustodyEvent event : events) {
            entries.add(new CaseExport.Entry(event.entryBytes(),
                    new InclusionProof(event.getLeafIndex(), head.treeSize(), paths.get(event.getLeafIndex()))));
            if (event.getEvent() == CustodyEventType.SUBMITTED) {
                files.add(event.parsed().sha256());
            }
        }
        return new CaseExport(disputeCase.getCaseNumber().value(), export.caseJson(), head, entries, files);
    }

    private static List<Long> sequencedWithin(List<CustodyEvent> events, SignedTreeHead head) {
        List<Long> indexes = new ArrayList<>();
        for (CustodyEvent event : events) {
            if (event.getLeafIndex() != null && event.getLeafIndex() < head.treeSize()) {
                indexes.add(event.getLeafIndex());
            }
        }
        return indexes;
    }
}
