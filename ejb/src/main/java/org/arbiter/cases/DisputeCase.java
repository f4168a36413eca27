package org.arbiter.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.DeadlineKind;
import org.arbiter.api.vocabulary.Obligor;
import org.arbiter.api.vocabulary.Priority;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.deadlines.CaseDeadline;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ForbiddenException;

/**
 * A complaint from filing to archive: the aggregate root of the dispute. Every change goes through a
 * method that says what happens, checks who may do it and in which status, moves the clocks that the
 * change starts or stops, and writes the audit trail. There are no setters.
 */
@Entity
@Table(name = "dispute_case")
public class DisputeCase {

    /**
     * Stands in the queue column for "no clock running", so that the queue index has no NULLs and closed
     * cases sort after every open one.
     */
    public static final Instant NO_DEADLINE = Instant.parse("9999-12-31T23:59:59Z");

    @Id
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, updatable = false, length = 24)
    private String caseNumber;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    @Column(name = "order_id", nullable = false, updatable = false, length = 64)
    private String orderId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "userId", column = @Column(name = "complainant_id", nullable = false, updatable = false, length = 64)),
        @AttributeOverride(name = "side", column = @Column(name = "complainant_side", nullable = false, updatable = false, length = 8))
    })
    private Party complainant;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "userId", column = @Column(name = "respondent_id", nullable = false, updatable = false, length = 64)),
        @AttributeOverride(name = "side", column = @Column(name = "respondent_side", nullable = false, updatable = false, length = 8))
    })
    private Party respondent;

    @Embedded
    private Claim claim;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 8)
    private Priority priority;

    @Column(name = "priority_reasons", length = 2000)
    private String priorityReasons;

    @Embedded
    private Classification classification;

    @Column(name = "awaiting_classification", nullable = false)
    private boolean awaitingClassification;

    @Column(name = "classifier_suggestions", length = 500)
    private String classifierSuggestions;

    @Column(name = "repeat_complaints", nullable = false, updatable = false)
    private int repeatComplaints;

    @Column(name = "assignee", length = 64)
    private String assignee;

    /**
     * While the case is open: order, complainant and type. Unique, so two concurrent filings of the same
     * complaint cannot both open a case; cleared when the case is done.
     */
    @Column(name = "open_key", length = 200)
    private String openKey;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "classified_at")
    private Instant classifiedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The nearest running clock, kept here so the queue sorts by an index and not by a join. */
    @Column(name = "next_deadline_at", nullable = false)
    private Instant nextDeadlineAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_deadline_kind", length = 32)
    private DeadlineKind nextDeadlineKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_deadline_obligor", length = 16)
    private Obligor nextDeadlineObligor;

    @Column(name = "audit_sequence", nullable = false)
    private long auditSequence;

    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CaseDeadline> deadlines = new ArrayList<>();

    /** Audit entries written since the case was loaded; the repository appends them. */
    @Transient
    private List<AuditEntry> unsavedAudit = new ArrayList<>();

    protected DisputeCase() {
        // for JPA
    }

    private DisputeCase(long serial, Filing filing, Instant now) {
        this.id = serial;
        this.caseNumber = CaseNumber.issue(serial, now.atZone(ZoneOffset.UTC).toLocalDate()).value();
        this.orderId = filing.orderId();
        this.complainant = filing.complainant();
        this.respondent = filing.respondent();
        this.claim = new Claim(filing.text(), filing.claimed(), filing.desiredRemedy(), filing.language());
        this.repeatComplaints = filing.repeatComplaints();
        this.submittedAt = now;
        this.updatedAt = now;
        this.status = CaseStatus.SUBMITTED;
        this.nextDeadlineAt = NO_DEADLINE;
    }

    /**
     * Opens a case for a complaint. The clocks of the platform start at once; when the classifier is sure,
     * the case is classified and the respondent's evidence window opens; when it is not, the case waits
     * for a specialist with a provisional priority that errs on the side of urgency.
     *
     * @param serial a unique number drawn from the case sequence; it is the case's id and, scrambled, its
     *               case number
     */
    public static DisputeCase file(long serial, Filing filing, ClassifierVerdict verdict, PriorityPolicy priorities,
                                   SlaPolicy sla, Caller complainant, Instant now) {
        if (!complainant.userId().equals(filing.complainant().getUserId())) {
            throw new IllegalArgumentException("the complainant files their own complaint");
        }
        DisputeCase filed = new DisputeCase(serial, filing, now);
        filed.audit(complainant, "FILED", null, CaseStatus.SUBMITTED,
                "complaint about order " + filing.orderId() + " against " + filing.respondent().getUserId()
                        + ", claiming " + filing.claimed() + " (" + filing.desiredRemedy() + ")", now);
        filed.classifierSuggestions = ClassifierVerdict.encode(verdict.top(3));
        if (verdict.isConfident()) {
            filed.applyPriority(priorities.assess(verdict.best().type(), filing.claimed(), filing.repeatComplaints()));
            filed.startPlatformClocks(sla, now);
            filed.classification = Classification.byClassifier(verdict.best());
            filed.moveTo(CaseStatus.CLASSIFIED, Caller.system(), "CLASSIFIED",
                    verdict.best().type() + " with confidence " + percent(verdict.best().confidence())
                            + ", priority " + filed.priority, now);
            filed.classifiedAt = now;
            filed.openRespondentWindow(sla, now);
        } else {
            filed.awaitingClassification = true;
            filed.applyPriority(provisionalPriority(verdict, priorities, filing));
            filed.startPlatformClocks(sla, now);
            filed.audit(Caller.system(), "CLASSIFICATION_NEEDS_REVIEW", CaseStatus.SUBMITTED, CaseStatus.SUBMITTED,
                    "best guess " + verdict.best().type() + " at " + percent(verdict.best().confidence())
                            + " is below the threshold of " + percent(verdict.threshold()), now);
        }
        filed.openKey = filed.openKeyFor(filed.effectiveType());
        return filed;
    }

    /** The most urgent priority among the plausible guesses: an unsure case must not wait too long. */
    private static PriorityAssessment provisionalPriority(ClassifierVerdict verdict, PriorityPolicy priorities,
                                                          Filing filing) {
        PriorityAssessment most = null;
        for (ScoredType guess : verdict.top(3)) {
            PriorityAssessment candidate = priorities.assess(guess.type(), filing.claimed(), filing.repeatComplaints());
            if (most == null || candidate.priority().isMoreUrgentThan(most.priority())) {
                most = candidate;
            }
        }
        List<String> reasons = new ArrayList<>(most.reasons());
        reasons.add(0, "provisional until a specialist classifies the complaint");
        return new PriorityAssessment(most.priority(), reasons);
    }

    /**
     * A specialist sets or corrects the category, the priority, or both. Running service-level clocks move
     * to the new priority; a case that was waiting to be classified proceeds to the respondent.
     *
     * @param type     the new type, or {@code null} to keep the current one
     * @param priority an explicit priority, or {@code null} to derive it from the type by the policy
     */
    public void correctClassification(Caller specialist, ComplaintType type, Priority priority, String reason,
                                      PriorityPolicy priorities, SlaPolicy sla, Instant now) {
        if (!specialist.has(Role.SPECIALIST) && !specialist.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("only specialists and supervisors classify cases");
        }
        if (status != CaseStatus.SUBMITTED && status != CaseStatus.CLASSIFIED
                && status != CaseStatus.AWAITING_RESPONSE && status != CaseStatus.UNDER_REVIEW) {
            throw new IllegalTransitionException(status,
                    "a case can be reclassified until a ruling is proposed; this one is " + status);
        }
        if (type == null && priority == null) {
            throw new IllegalArgumentException("a correction changes the type, the priority or both");
        }
        if (type == null && awaitingClassification) {
            throw new IllegalTransitionException(status, "this case has no category yet: give a type");
        }
        ComplaintType newType = type != null ? type : classification.getType();
        ComplaintType oldType = classification == null ? null : classification.getType();
        Priority oldPriority = this.priority;

        PriorityAssessment assessment = priorities.assess(newType, claim.getClaimed(), repeatComplaints);
        if (priority != null) {
            List<String> reasons = new ArrayList<>(List.of("set to " + priority + " by " + specialist.userId() + ": " + reason));
            reasons.addAll(assessment.reasons());
            assessment = new PriorityAssessment(priority, reasons);
        }
        this.classification = Classification.bySpecialist(newType);
        applyPriority(assessment);
        this.openKey = openKeyFor(newType);
        audit(specialist, "CLASSIFICATION_CORRECTED", status, status,
                (oldType == null ? "unclassified" : oldType) + " → " + newType + ", " + oldPriority + " → "
                        + this.priority + ": " + reason, now);
        if (this.priority != oldPriority) {
            rescheduleRunning(DeadlineKind.FIRST_RESPONSE, sla.firstResponseDue(this.priority, submittedAt), now);
            rescheduleRunning(DeadlineKind.RESOLUTION, sla.resolutionDue(this.priority, submittedAt), now);
        }
        if (status == CaseStatus.SUBMITTED) {
            awaitingClassification = false;
            classifiedAt = now;
            moveTo(CaseStatus.CLASSIFIED, specialist, "CLASSIFIED", newType + " set by " + specialist.userId(), now);
            openRespondentWindow(sla, now);
        }
        touch(now);
    }

    /**
     * Puts the case in someone's hands. A specialist may take an unassigned case for themselves; a
     * supervisor may assign or reassign any case.
     */
    public void assignTo(Caller by, String newAssignee, String reason, Instant now) {
        Objects.requireNonNull(newAssignee);
        if (!status.isOpen()) {
            throw new IllegalTransitionException(status, "a " + status + " case is not worked any more");
        }
        if (by.has(Role.SUPERVISOR)) {
            // a supervisor's choice stands
        } else if (by.has(Role.SPECIALIST)) {
            if (!newAssignee.equals(by.userId())) {
                throw new ForbiddenException("a specialist takes cases for themselves; a supervisor assigns others");
            }
            if (assignee != null && !assignee.equals(by.userId())) {
                throw new IllegalTransitionException(status, "the case is already assigned to " + assignee
                        + "; a supervisor can reassign it");
            }
        } else {
            throw new ForbiddenException("only specialists and supervisors assign cases");
        }
        if (newAssignee.equals(assignee)) {
            return;
        }
        String previous = assignee;
        this.assignee = newAssignee;
        audit(by, "ASSIGNED", status, status, (previous == null ? "unassigned" : previous) + " → " + newAssignee
                + (reason == null || reason.isBlank() ? "" : ": " + reason), now);
        touch(now);
    }

    /** Parties see their own cases; staff see every case. */
    public boolean isVisibleTo(Caller caller) {
        return caller.isStaff() || isPartyTo(caller.userId());
    }

    public boolean isPartyTo(String userId) {
        return complainant.is(userId) || respondent.is(userId);
    }

    // --- the machinery every transition shares ---------------------------------------------------------

    private void moveTo(CaseStatus target, Caller by, String action, String detail, Instant now) {
        if (!CaseLifecycle.canMove(status, target)) {
            throw new IllegalTransitionException(status, "a case cannot go from " + status + " to " + target);
        }
        CaseStatus from = status;
        status = target;
        if (!target.isOpen()) {
            openKey = null;
        }
        audit(by, action, from, target, detail, now);
        touch(now);
    }

    private void startPlatformClocks(SlaPolicy sla, Instant now) {
        startClock(DeadlineKind.FIRST_RESPONSE, Obligor.PLATFORM, sla.firstResponseDue(priority, submittedAt), now);
        startClock(DeadlineKind.RESOLUTION, Obligor.PLATFORM, sla.resolutionDue(priority, submittedAt), now);
    }

    private void openRespondentWindow(SlaPolicy sla, Instant now) {
        Instant due = sla.respondentEvidenceDue(now);
        moveTo(CaseStatus.AWAITING_RESPONSE, Caller.system(), "AWAITING_RESPONSE",
                respondent.getUserId() + " has until " + due + " to answer with a statement and evidence", now);
        startClock(DeadlineKind.RESPONDENT_EVIDENCE, Obligor.RESPONDENT, due, now);
    }

    private void startClock(DeadlineKind kind, Obligor obligor, Instant dueAt, Instant now) {
        if (runningClock(kind).isPresent()) {
            throw new IllegalStateException(kind + " is already running");
        }
        deadlines.add(new CaseDeadline(this, kind, obligor, dueAt, now));
        refreshNextDeadline();
    }

    private void rescheduleRunning(DeadlineKind kind, Instant dueAt, Instant now) {
        runningClock(kind).ifPresent(clock -> {
            Instant before = clock.getDueAt();
            clock.moveTo(dueAt);
            audit(Caller.system(), "DEADLINE_MOVED", status, status, kind + " " + before + " → " + dueAt, now);
        });
        refreshNextDeadline();
    }

    private Optional<CaseDeadline> runningClock(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.getKind() == kind && d.isRunning()).findFirst();
    }

    private void refreshNextDeadline() {
        Optional<CaseDeadline> next = getRunningDeadlines().stream().findFirst();
        nextDeadlineAt = next.map(CaseDeadline::getDueAt).orElse(NO_DEADLINE);
        nextDeadlineKind = next.map(CaseDeadline::getKind).orElse(null);
        nextDeadlineObligor = next.map(CaseDeadline::getObligor).orElse(null);
    }

    private void applyPriority(PriorityAssessment assessment) {
        this.priority = assessment.priority();
        this.priorityReasons = String.join("\n", assessment.reasons());
    }

    private String openKeyFor(ComplaintType type) {
        return status.isOpen() ? openKeyOf(orderId, complainant.getUserId(), type) : null;
    }

    /** What makes two open complaints the same: the order, the complainant and the type. */
    public static String openKeyOf(String orderId, String complainantId, ComplaintType type) {
        return orderId + "|" + complainantId + "|" + type;
    }

    private void audit(Caller by, String action, CaseStatus from, CaseStatus to, String detail, Instant at) {
        auditSequence++;
        unsavedAudit.add(new AuditEntry(id, auditSequence, at, by.userId(), by.actingRole(), action, from, to, detail));
    }

    private void touch(Instant now) {
        if (now.isAfter(updatedAt)) {
            updatedAt = now;
        }
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    // --- reading -----------------------------------------------------------------------------------------

    /** The audit entries written since the case was loaded, handed over once to be stored. */
    public List<AuditEntry> drainUnsavedAudit() {
        List<AuditEntry> drained = List.copyOf(unsavedAudit);
        unsavedAudit.clear();
        return drained;
    }

    /** The confirmed type, or while waiting for a specialist the classifier's best guess. */
    public ComplaintType effectiveType() {
        if (classification != null && classification.getType() != null) {
            return classification.getType();
        }
        List<ScoredType> guesses = getSuggestions();
        return guesses.isEmpty() ? ComplaintType.OTHER : guesses.get(0).type();
    }

    public List<CaseDeadline> getRunningDeadlines() {
        List<CaseDeadline> running = new ArrayList<>();
        for (CaseDeadline deadline : deadlines) {
            if (deadline.isRunning()) {
                running.add(deadline);
            }
        }
        running.sort(Comparator.comparing(CaseDeadline::getDueAt).thenComparing(CaseDeadline::getKind));
        return running;
    }

    public List<CaseDeadline> getAllDeadlines() {
        return Collections.unmodifiableList(deadlines);
    }

    public List<ScoredType> getSuggestions() {
        return ClassifierVerdict.decode(classifierSuggestions);
    }

    public List<String> getPriorityReasons() {
        return priorityReasons == null || priorityReasons.isEmpty() ? List.of() : List.of(priorityReasons.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public CaseNumber getCaseNumber() {
        return CaseNumber.parse(caseNumber).orElseThrow();
    }

    public String getOrderId() {
        return orderId;
    }

    public Party getComplainant() {
        return complainant;
    }

    public Party getRespondent() {
        return respondent;
    }

    public Claim getClaim() {
        return claim;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Priority getPriority() {
        return priority;
    }

    /** The decided category; {@code null} while the case waits for a specialist to classify it. */
    public Classification getClassification() {
        return classification;
    }

    public boolean isAwaitingClassification() {
        return awaitingClassification;
    }

    public int getRepeatComplaints() {
        return repeatComplaints;
    }

    /** Who works the case; {@code null} while it is unassigned. */
    public String getAssignee() {
        return assignee;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getClassifiedAt() {
        return classifiedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getNextDeadlineAt() {
        return nextDeadlineAt;
    }

    public String getOpenKey() {
        return openKey;
    }
}
