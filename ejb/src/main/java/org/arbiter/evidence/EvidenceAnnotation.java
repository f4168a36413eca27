package org.arbiter.evidence;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

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

    private static final SecureRandom SALTS = new SecureRandom();

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

    @Column(name = "note", nullable = false, updatable = false, length = 4000)
    private String note;

    @Column(name = "masked_numbers", nullable = false, updatable = false)
    private int maskedNumbers;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** 128 random bits as hex, for staff notes; null for parties' notes and staff notes from before salts. */
    @Column(name = "note_salt", updatable = false, length = 32)
    private String noteSalt;

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
        this.noteSalt = staffOnly ? newSalt() : null;
    }

    private static String newSalt() {
        byte[] salt = new byte[16];
        SALTS.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
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

    /**
     * What the custody chain commits to: SHA-256 of the salt, a colon and the note (UTF-8) for a staff note, so that
     * nobody without the salt can test a guess against it; SHA-256 of the note alone for a party's note, which both
     * sides read anyway, and for staff notes written before salts.
     */
    public String getNoteSha256() {
        String committed = noteSalt == null ? note : noteSalt + ":" + note;
        return MerkleHash.hex(MerkleHash.sha256(committed.getBytes(StandardCharsets.UTF_8)));
    }

    public String getNoteSalt() {
        return noteSalt;
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
