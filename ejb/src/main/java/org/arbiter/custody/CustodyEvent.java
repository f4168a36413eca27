package org.arbiter.custody;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.arbiter.api.vocabulary.CustodyEventType;
import org.arbiter.verifier.CustodyEntry;
import org.arbiter.verifier.MerkleHash;

/**
 * One custody event as stored: the canonical entry text exactly as hashed, its hash (the next entry's
 * {@code prev}), its leaf hash in the global log and, once the log has sequenced it, its leaf index. The
 * entry is never rewritten; only the leaf index is set, once.
 */
@Entity
@Table(name = "custody_event")
public class CustodyEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custody_event_seq")
    @SequenceGenerator(name = "custody_event_seq", sequenceName = "custody_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "seq", nullable = false, updatable = false)
    private long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "event", nullable = false, updatable = false, length = 16)
    private CustodyEventType event;

    @Column(name = "evidence_id", updatable = false)
    private Long evidenceId;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "entry", nullable = false, updatable = false, length = 8000)
    private String entry;

    @Column(name = "entry_hash", nullable = false, updatable = false)
    private byte[] entryHash;

    @Column(name = "leaf_hash", nullable = false, updatable = false)
    private byte[] leafHash;

    @Column(name = "leaf_index", insertable = false, updatable = false)
    private Long leafIndex;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CustodyEvent() {
        // for JPA
    }

    CustodyEvent(long caseId, CustodyEventType event, Long evidenceId, CustodyEntry entry) {
        byte[] bytes = entry.toBytes();
        this.caseId = caseId;
        this.seq = entry.seq();
        this.event = event;
        this.evidenceId = evidenceId;
        this.actor = entry.actor();
        this.entry = new String(bytes, StandardCharsets.UTF_8);
        this.entryHash = MerkleHash.sha256(bytes);
        this.leafHash = MerkleHash.leaf(bytes);
        this.recordedAt = entry.at();
    }

    /** The exact bytes that were hashed. */
    public byte[] entryBytes() {
        return entry.getBytes(StandardCharsets.UTF_8);
    }

    public CustodyEntry parsed() {
        return CustodyEntry.parse(entryBytes());
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public long getSeq() {
        return seq;
    }

    public CustodyEventType getEvent() {
        return event;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public String getActor() {
        return actor;
    }

    public String getEntry() {
        return entry;
    }

    public byte[] getEntryHash() {
        return entryHash.clone();
    }

    public byte[] getLeafHash() {
        return leafHash.clone();
    }

    public Long getLeafIndex() {
        return leafIndex;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
