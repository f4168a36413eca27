package org.arbiter.evidence;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.arbiter.api.vocabulary.EvidenceKind;
import org.arbiter.api.vocabulary.EvidenceMark;
import org.arbiter.api.vocabulary.EvidenceSource;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ForbiddenException;

/**
 * One piece of evidence on a case: what its submitter says it is, the bytes it points to (by SHA-256 in
 * the content store), what its content says about itself, and what became of it (withdrawn, marked). The
 * bytes never change; what happens to them is in the case's custody chain.
 */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 24)
    private EvidenceKind kind;

    @Column(name = "caption", nullable = false, updatable = false, length = 1000)
    private String caption;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "submitted_by", nullable = false, updatable = false, length = 64)
    private String submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitter_role", nullable = false, updatable = false, length = 16)
    private Role submitterRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitter_side", nullable = false, updatable = false, length = 16)
    private EvidenceSource source;

    @Column(name = "staff_only", nullable = false, updatable = false)
    private boolean staffOnly;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "captured_at", updatable = false)
    private Instant capturedAt;

    @Column(name = "captured_at_note", updatable = false, length = 200)
    private String capturedAtNote;

    @Column(name = "has_location", nullable = false, updatable = false)
    private boolean hasLocation;

    @Column(name = "shared_sha256", updatable = false, length = 64)
    private String sharedSha256;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_reason", length = 1000)
    private String withdrawnReason;

    /** It answered a specialist's question: the answer it is cannot be taken back. */
    @Column(name = "answered_question", nullable = false)
    private boolean answeredQuestion;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_mark", length = 16)
    private EvidenceMark mark;

    @Column(name = "reviewed_by", length = 64)
    private String markedBy;

    @Column(name = "reviewed_at")
    private Instant markedAt;

    @Column(name = "review_reason", length = 2000)
    private String markReason;

    protected Evidence() {
        // for JPA
    }

    Evidence(long caseId, Caller by, EvidenceSource source, EvidenceDescription description, StoredContent content,
             Instant now) {
        this.caseId = caseId;
        this.kind = description.kind();
        this.caption = description.caption();
        this.staffOnly = description.staffOnly();
        if (staffOnly && source != EvidenceSource.STAFF) {
            throw new ForbiddenException("only staff keep evidence from the parties");
        }
        this.sha256 = content.sha256();
        this.sizeBytes = content.sizeBytes();
        this.mediaType = content.mediaType();
        this.capturedAt = content.capturedAt();
        this.capturedAtNote = content.capturedAtNote();
        this.hasLocation = content.hasLocation();
        this.sharedSha256 = content.sharedSha256();
        this.submittedBy = by.userId();
        this.submitterRole = by.actingRole();
        this.source = Objects.requireNonNull(source, "source");
        this.submittedAt = now;
    }

    /** Staff see everything; a party sees what either side submitted, never what staff keep to themselves. */
    public boolean isVisibleTo(Caller caller) {
        return caller.isStaff() || !staffOnly;
    }

    /**
     * The bytes this caller receives: staff and the submitter get the original; the other party gets the
     * copy without location data, or nothing when the photo's location cannot be removed. Withdrawn evidence
     * is no longer shown to the other side.
     */
    public String contentFor(Caller caller) {
        if (caller.isStaff() || submittedBy.equals(caller.userId())) {
            return sha256;
        }
        if (isWithdrawn()) {
            throw new ForbiddenException("evidence " + id + " was withdrawn by its submitter");
        }
        if (isWithheldFromOtherParty()) {
            throw new ForbiddenException("evidence " + id + " is a photo whose location data cannot be removed from "
                    + "its format; it is shown to the dispute staff only");
        }
        return sharedSha256 != null ? sharedSha256 : sha256;
    }

    /** A photo that may reveal where it was taken and has no copy without that: only staff and its submitter see it. */
    public boolean isWithheldFromOtherParty() {
        return hasLocation && sharedSha256 == null;
    }

    /**
     * A note on this evidence, from someone who can see it, as the side they are on. A party's note on
     * withdrawn evidence would be about nothing the case still rests on, so it is refused; staff may still
     * write down why it was withdrawn.
     */
    EvidenceAnnotation annotate(Caller by, EvidenceSource side, String note, int maskedNumbers, Instant now) {
        if (!isVisibleTo(by)) {
            throw new ForbiddenException("evidence " + id + " is not shown to " + by.userId());
        }
        if (isWithdrawn() && side != EvidenceSource.STAFF) {
            throw new EvidenceStateException("evidence " + id + " was withdrawn at " + withdrawnAt
                    + "; it takes no more notes from the parties");
        }
        return new EvidenceAnnotation(id, by, side, note, maskedNumbers, now);
    }

    /** The submitter takes it back, before review starts; the record and the bytes stay for the custody chain. */
    void withdraw(Caller by, String reason, boolean reviewStarted, Instant now) {
        if (!submittedBy.equals(by.userId())) {
            throw new ForbiddenException("only its submitter withdraws a piece of evidence");
        }
        if (isWithdrawn()) {
            throw new EvidenceStateException("evidence " + id + " was already withdrawn at " + withdrawnAt);
        }
        if (reviewStarted) {
            throw new EvidenceStateException("evidence can be withdrawn only before the review of the case starts");
        }
        if (answeredQuestion) {
            throw new EvidenceStateException("evidence " + id + " answered the specialist's question and stays as that "
                    + "answer; add another piece of evidence to correct it");
        }
        this.withdrawnAt = now;
        this.withdrawnReason = reason;
    }

    /** It was submitted while a question waited on its submitter, and answered it. */
    void answeredAQuestion() {
        this.answeredQuestion = true;
    }

    /** A specialist's judgement; a later mark replaces an earlier one, and both stay in the custody chain. */
    void mark(Caller by, EvidenceMark newMark, String reason, Instant now) {
        if (isWithdrawn()) {
            throw new EvidenceStateException("evidence " + id + " was withdrawn; there is nothing to verify");
        }
        if (newMark == mark && Objects.equals(reason, markReason)) {
            // A double-submitted form would put the same judgement in the custody chain twice.
            throw new EvidenceStateException("evidence " + id + " is already marked " + mark + " for that reason; "
                    + "nothing would change");
        }
        this.mark = Objects.requireNonNull(newMark, "mark");
        this.markReason = reason;
        this.markedBy = by.userId();
        this.markedAt = now;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public String getCaption() {
        return caption;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Role getSubmitterRole() {
        return submitterRole;
    }

    public EvidenceSource getSource() {
        return source;
    }

    public boolean isStaffOnly() {
        return staffOnly;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }

    public String getCapturedAtNote() {
        return capturedAtNote;
    }

    public boolean isHasLocation() {
        return hasLocation;
    }

    public String getSharedSha256() {
        return sharedSha256;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public EvidenceMark getMark() {
        return mark;
    }

    public String getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }

    public String getMarkReason() {
        return markReason;
    }
}
