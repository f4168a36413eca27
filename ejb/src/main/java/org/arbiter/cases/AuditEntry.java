package org.arbiter.cases;

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

import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.shared.Text;

/**
 * One line of a case's audit trail: who, when, what, why. Append-only: there is no method that changes
 * an entry, and the case numbers its entries without gaps.
 */
@Entity
@Table(name = "case_audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_audit_entry_seq")
    @SequenceGenerator(name = "case_audit_entry_seq", sequenceName = "case_audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "seq", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, updatable = false, length = 16)
    private Role actorRole;

    @Column(name = "action", nullable = false, updatable = false, length = 48)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 24)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false, length = 24)
    private CaseStatus toStatus;

    @Column(name = "detail", updatable = false, length = 2000)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Long caseId, long sequence, Instant at, String actor, Role actorRole, String action,
               CaseStatus fromStatus, CaseStatus toStatus, String detail) {
        this.caseId = Objects.requireNonNull(caseId);
        this.sequence = sequence;
        this.at = Objects.requireNonNull(at);
        this.actor = Objects.requireNonNull(actor);
        this.actorRole = Objects.requireNonNull(actorRole);
        this.action = Objects.requireNonNull(action);
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detail = Text.cut(detail, 2000);
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Role getActorRole() {
        return actorRole;
    }

    public String getAction() {
        return action;
    }

    public CaseStatus getFromStatus() {
        return fromStatus;
    }

    public CaseStatus getToStatus() {
        return toStatus;
    }

    public String getDetail() {
        return detail;
    }
}
