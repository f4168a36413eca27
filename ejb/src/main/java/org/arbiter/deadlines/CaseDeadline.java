package org.arbiter.deadlines;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.arbiter.api.vocabulary.DeadlineKind;
import org.arbiter.api.vocabulary.Obligor;
import org.arbiter.cases.DisputeCase;

/**
 * One clock on one case: what is due, by whom, when, and whether it still runs. Owned by the case
 * aggregate, which starts, moves and ends it; the deadline engine reads the running ones that are due.
 */
@Entity
@Table(name = "case_deadline")
public class CaseDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_deadline_seq")
    @SequenceGenerator(name = "case_deadline_seq", sequenceName = "case_deadline_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private DisputeCase disputeCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32, updatable = false)
    private DeadlineKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "obligor", nullable = false, length = 16)
    private Obligor obligor;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private DeadlineState state;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CaseDeadline() {
        // for JPA
    }

    public CaseDeadline(DisputeCase disputeCase, DeadlineKind kind, Obligor obligor, Instant dueAt, Instant startedAt) {
        this.disputeCase = Objects.requireNonNull(disputeCase);
        this.kind = Objects.requireNonNull(kind);
        this.obligor = Objects.requireNonNull(obligor);
        this.dueAt = Objects.requireNonNull(dueAt);
        this.startedAt = Objects.requireNonNull(startedAt);
        this.state = DeadlineState.RUNNING;
    }

    public void moveTo(Instant newDueAt) {
        requireRunning();
        this.dueAt = Objects.requireNonNull(newDueAt);
    }

    public void end(DeadlineState outcome, Instant at) {
        requireRunning();
        if (outcome == DeadlineState.RUNNING) {
            throw new IllegalArgumentException("a clock ends as met, cancelled or expired");
        }
        this.state = outcome;
        this.endedAt = at;
    }

    private void requireRunning() {
        if (!state.isRunning()) {
            throw new IllegalStateException(kind + " is " + state + ", not running");
        }
    }

    public DeadlineKind getKind() {
        return kind;
    }

    public Obligor getObligor() {
        return obligor;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public DeadlineState getState() {
        return state;
    }

    public boolean isRunning() {
        return state.isRunning();
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
