package org.arbiter.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * One clock on one case: what is due, by whom, when, and what it does next (a reminder part-way through
 * the window, then expiry). Owned by the case aggregate, which starts, moves, pauses, resumes and ends it;
 * the deadline engine finds the clocks whose next action is due by {@code (state, next_action_at)}.
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

    /** Where the window begins for the reminders; moves forward by the time spent paused. */
    @Column(name = "window_starts_at", nullable = false)
    private Instant windowStartsAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    /** When the engine must act on this clock next; empty unless it runs. */
    @Column(name = "next_action_at")
    private Instant nextActionAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_action", length = 16)
    private DeadlineAction nextAction;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CaseDeadline() {
        // for JPA
    }

    public CaseDeadline(DisputeCase disputeCase, DeadlineKind kind, Obligor obligor, Instant dueAt, Instant now,
                        List<Double> reminders) {
        this.disputeCase = Objects.requireNonNull(disputeCase);
        this.kind = Objects.requireNonNull(kind);
        this.obligor = Objects.requireNonNull(obligor);
        this.dueAt = Objects.requireNonNull(dueAt);
        this.startedAt = Objects.requireNonNull(now);
        this.windowStartsAt = now;
        this.state = DeadlineState.RUNNING;
        scheduleNext(reminders);
    }

    /** Gives the clock a new due time; reminders already sent stay sent. */
    public void moveTo(Instant newDueAt, List<Double> reminders) {
        requireActive();
        this.dueAt = Objects.requireNonNull(newDueAt);
        if (state == DeadlineState.RUNNING) {
            scheduleNext(reminders);
        }
    }

    /** Stops the clock while the case waits on the other side. */
    public void pause(Instant now) {
        requireState(DeadlineState.RUNNING);
        state = DeadlineState.PAUSED;
        pausedAt = now;
        nextActionAt = null;
        nextAction = null;
    }

    /** Starts the clock again with the time that was left when it paused. */
    public void resume(Instant now, List<Double> reminders) {
        requireState(DeadlineState.PAUSED);
        Duration paused = Duration.between(pausedAt, now);
        if (paused.isNegative()) {
            paused = Duration.ZERO;
        }
        dueAt = dueAt.plus(paused);
        windowStartsAt = windowStartsAt.plus(paused);
        pausedAt = null;
        state = DeadlineState.RUNNING;
        scheduleNext(reminders);
    }

    /** Ends the clock: the step was done ({@link DeadlineState#MET}) or is no longer needed. */
    public void end(DeadlineState outcome, Instant at) {
        requireActive();
        if (outcome.isActive()) {
            throw new IllegalArgumentException("a clock ends as met, cancelled or expired");
        }
        this.state = outcome;
        this.endedAt = at;
        this.pausedAt = null;
        this.nextActionAt = null;
        this.nextAction = null;
    }

    /**
     * The action due now, if any, and the clock moved past it. Reminders that a later action has already
     * overtaken (the server was down, or the clock was moved) are skipped rather than sent late in a burst.
     */
    public Optional<DueAction> takeDueAction(Instant now, List<Double> reminders) {
        if (state != DeadlineState.RUNNING || nextActionAt == null || nextActionAt.isAfter(now)) {
            return Optional.empty();
        }
        if (nextAction == DeadlineAction.REMIND && remindersSent >= reminders.size()) {
            // Fewer reminders are configured than when this one was scheduled: none is left, the expiry is next.
            scheduleNext(reminders);
            return takeDueAction(now, reminders);
        }
        if (nextAction == DeadlineAction.EXPIRE) {
            end(DeadlineState.EXPIRED, now);
            return Optional.of(new DueAction(this, DeadlineAction.EXPIRE, 1.0));
        }
        double used = usedAt(now);
        remindersSent++;
        scheduleNext(reminders);
        if (!nextActionAt.isAfter(now)) {
            return takeDueAction(now, reminders);
        }
        return Optional.of(new DueAction(this, DeadlineAction.REMIND, used));
    }

    /**
     * The share of the window gone by when a reminder is sent, in hundredths: what the reminder tells, also when it
     * is sent late (after a downtime) or the reminders were configured anew after it was scheduled.
     */
    private double usedAt(Instant at) {
        long windowMillis = Duration.between(windowStartsAt, dueAt).toMillis();
        if (windowMillis <= 0) {
            return 1.0;
        }
        long gone = Math.max(0, Duration.between(windowStartsAt, at).toMillis());
        return Math.min(100, Math.round(100.0 * gone / windowMillis)) / 100.0;
    }

    /** The next reminder not sent yet, or expiry. */
    private void scheduleNext(List<Double> reminders) {
        long windowMillis = Math.max(0, Duration.between(windowStartsAt, dueAt).toMillis());
        while (remindersSent < reminders.size()) {
            Instant at = windowStartsAt.plusMillis(Math.round(windowMillis * reminders.get(remindersSent)));
            if (at.isBefore(dueAt)) {
                nextAction = DeadlineAction.REMIND;
                nextActionAt = at;
                return;
            }
            remindersSent++;
        }
        nextAction = DeadlineAction.EXPIRE;
        nextActionAt = dueAt;
    }

    private void requireActive() {
        if (!state.isActive()) {
            throw new IllegalStateException(kind + " is " + state + ", not running");
        }
    }

    private void requireState(DeadlineState expected) {
        if (state != expected) {
            throw new IllegalStateException(kind + " is " + state + ", not " + expected);
        }
    }

    /** For a paused clock, the time it will have when it resumes. */
    public Duration getRemaining() {
        if (state != DeadlineState.PAUSED) {
            return null;
        }
        Duration left = Duration.between(pausedAt, dueAt);
        return left.isNegative() ? Duration.ZERO : left;
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
        return state == DeadlineState.RUNNING;
    }

    public boolean isActive() {
        return state.isActive();
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** Where the window counts from: the start, moved on by the time the clock has been paused so far. */
    public Instant getWindowStartsAt() {
        return windowStartsAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getNextActionAt() {
        return nextActionAt;
    }

    public DeadlineAction getNextAction() {
        return nextAction;
    }

    public int getRemindersSent() {
        return remindersSent;
    }
}
