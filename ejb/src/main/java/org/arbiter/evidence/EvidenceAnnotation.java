package org.arbiter.evidence;

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

import org.arbiter.api.vocabulary.EvidenceSource;
import org.arbiter.shared.Caller;
import org.arbiter.verifier.MerkleHash;

/**
 * A note on a piece of evidence, never changed once written. Staff notes are for staff: the parties never
 * read them, and the custody chain keeps only their hash.
 */
@Entity
@Table(name = "evidence_annotation")
public class EvidenceAnnotation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_annotation_seq")
    @SequenceGenerator(name = "evidence_annotation_seq", sequenceName = "evidence_annotation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "evidence_id", nullable = false, updatable = false)
    private Long evidenceId;

    @Column(name = "author", nullable = false, updatable = false, length = 64)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_side", nullable = false, updatable = false, length = 16)
    private EvidenceSource side;

    @Column(name = "staff_only", nullable = false, updatable = false)
    private boolean staffOnly;

    @Column(name = "note", nullable = false, updatable = false, length = 2000)
    private String note;

    @Column(name = "masked_numbers", nullable = false, updatable = false)
    private int maskedNumbers;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected EvidenceAnnotation() {
        // for JPA
    }

    EvidenceAnnotation(Long evidenceId, Caller by, EvidenceSource side, String note, int maskedNumbers, Instant now) {
        this.evidenceId = evidenceId;
        this.author = by.userId();
        this.side = side;
        this.staffOnly = side == EvidenceSource.STAFF;
        this.note = note;
        this.maskedNumbers = maskedNumbers;
        this.createdAt = now;
    }

    public boolean isVisibleTo(Caller caller) {
        return caller.isStaff() || !staffOnly;
    }

    /** How the custody chain records a staff note: by the SHA-256 of its text, never the text. */
    static final String STAFF_NOTE_DETAIL = "staff note sha256:";

    /** What the custody chain records: a party's note as written (both sides read it), a staff note by its hash. */
    String custodyDetail() {
        return staffOnly ? STAFF_NOTE_DETAIL + getNoteSha256() : "note: " + note;
    }

    /**
     * Whether a custody entry's canonical text records a staff note. Details are escaped onto one line, so no
     * party's note can forge the line this looks for.
     */
    static boolean recordsStaffNote(String entryText) {
        return entryText.contains("\ndetail: " + STAFF_NOTE_DETAIL);
    }

    public String getNoteSha256() {
        return MerkleHash.hex(MerkleHash.sha256(note.getBytes(StandardCharsets.UTF_8)));
    }

    public Long getId() {
        return id;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public String getAuthor() {
        return author;
    }

    public EvidenceSource getSide() {
        return side;
    }

    public boolean isStaffOnly() {
        return staffOnly;
    }

    public String getNote() {
        return note;
    }

    public int getMaskedNumbers() {
        return maskedNumbers;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
