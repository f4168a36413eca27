package org.arbiter.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

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

import org.arbiter.api.VisibleTextValidator;
import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.api.vocabulary.ClassificationSource;
import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.DeadlineKind;
import org.arbiter.api.vocabulary.EvidenceSource;
import org.arbiter.api.vocabulary.MessageKind;
import org.arbiter.api.vocabulary.NoticeKind;
import org.arbiter.api.vocabulary.Obligor;
import org.arbiter.api.vocabulary.Priority;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.deadlines.CaseDeadline;
import org.arbiter.deadlines.DeadlineState;
import org.arbiter.deadlines.DueAction;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ForbiddenException;
import org.arbiter.shared.InvalidRequestException;

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

    @Column(name = "priority_reasons", length = 4000)
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

    /** Who works the case now: 1 the specialists, 2 the business team, 3 the supervisor. */
    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel = 1;

    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CaseDeadline> deadlines = new ArrayList<>();

    /** Audit entries written since the case was loaded; the repository appends them. */
    @Transient
    private List<AuditEntry> unsavedAudit = new ArrayList<>();

    /** Notices raised since the case was loaded; the repository hands them to the outbox. */
    @Transient
    private List<CaseNotice> unsentNotices = new ArrayList<>();

    /** Messages written since the case was loaded; the repository stores them. */
    @Transient
    private List<CaseMessage> unsavedMessages = new ArrayList<>();

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
        filed.audit(filed.standingOf(complainant), "FILED", null, CaseStatus.SUBMITTED,
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
        filed.notify(Recipient.user(filing.respondent().getUserId()), NoticeKind.COMPLAINT_FILED,
                filed.respondentDue().map(due -> NoticeText.of("complaint-filed.answer-by",
                                filing.complainant().getUserId(), filed.caseNumber, filing.orderId(), due))
                        .orElse(NoticeText.of("complaint-filed", filing.complainant().getUserId(),
                                filed.caseNumber, filing.orderId())));
        return filed;
    }

    private Optional<Instant> respondentDue() {
        return activeClock(DeadlineKind.RESPONDENT_EVIDENCE).map(CaseDeadline::getDueAt);
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
        requireCaseworker(specialist, "only specialists and supervisors classify cases");
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
        // Confirming the classifier's guess is a correction (a label for training); repeating a specialist's is not.
        if (newType == oldType && assessment.priority() == oldPriority
                && classification.getSource() == ClassificationSource.SPECIALIST) {
            throw new IllegalTransitionException(status, "a specialist already classified this case as " + newType
                    + " with priority " + oldPriority + "; nothing would change");
        }
        this.classification = Classification.bySpecialist(newType);
        applyPriority(assessment);
        this.openKey = openKeyFor(newType);
        audit(specialist, "CLASSIFICATION_CORRECTED", status, status,
                (oldType == null ? "unclassified" : oldType) + " → " + newType + ", " + oldPriority + " → "
                        + this.priority + ": " + reason, now);
        if (this.priority != oldPriority) {
            Priority newPriority = this.priority;
            reschedule(DeadlineKind.FIRST_RESPONSE, start -> sla.firstResponseDue(newPriority, start), sla, now);
            reschedule(DeadlineKind.RESOLUTION, start -> sla.resolutionDue(newPriority, start), sla, now);
        }
        if (status == CaseStatus.SUBMITTED) {
            awaitingClassification = false;
            classifiedAt = now;
            moveTo(CaseStatus.CLASSIFIED, specialist, "CLASSIFIED", newType + " set by " + specialist.userId(), now);
            openRespondentWindow(sla, now);
            // Told of the complaint when it was filed, the respondent learns only now how long there is to answer.
            notify(Recipient.user(respondent.getUserId()), NoticeKind.RESPONDENT_WINDOW_OPENED, respondentDue()
                    .map(due -> NoticeText.of("respondent-window-opened.answer-by", caseNumber, orderId, due))
                    .orElse(NoticeText.of("respondent-window-opened", caseNumber, orderId)));
        }
        touch(now);
    }

    /**
     * Puts the case in someone's hands. A specialist may take an unassigned case for themselves; a
     * supervisor may assign or reassign any case.
     */
    public void assignTo(Caller by, String newAssignee, String reason, Instant now) {
        Objects.requireNonNull(newAssignee);
        requireNotAParty(by);
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
        if (isPartyTo(newAssignee)) {
            // A party cannot work its own dispute, and assigning one would stop the first-response clock.
            throw new InvalidRequestException("assignee", "is a party to this case; assign a specialist");
        }
        if (newAssignee.equals(assignee)) {
            return;
        }
        String previous = assignee;
        this.assignee = newAssignee;
        audit(by, "ASSIGNED", status, status, (previous == null ? "unassigned" : previous) + " → " + newAssignee
                + (isWritten(reason) ? ": " + reason : ""), now);
        // The first response is a named person taking the case.
        endClock(DeadlineKind.FIRST_RESPONSE, DeadlineState.MET, now);
        touch(now);
    }

    // --- the parties' and the specialists' steps ------------------------------------------------------------

    /**
     * The respondent answers the complaint: their statement goes on the case, their window is met, and the
     * case goes to review.
     */
    public void respondWithStatement(Caller by, String statement, Instant now) {
        if (!respondent.is(by.userId())) {
            throw new ForbiddenException("the statement is the respondent's");
        }
        if (status != CaseStatus.AWAITING_RESPONSE) {
            throw new IllegalTransitionException(status, "a statement answers a case awaiting the response; this one is "
                    + status);
        }
        write(by, MessageKind.STATEMENT, statement, now);
        endClock(DeadlineKind.RESPONDENT_EVIDENCE, DeadlineState.MET, now);
        moveTo(CaseStatus.UNDER_REVIEW, by, "STATEMENT_RECEIVED", "the respondent answered the complaint", now);
        notify(Recipient.user(complainant.getUserId()), NoticeKind.STATEMENT_RECEIVED,
                NoticeText.of("statement-received", respondent.getUserId(), caseNumber));
        // The case now waits on a specialist: those working it learn it is ready for review.
        notify(workingTeam(), NoticeKind.STATEMENT_RECEIVED,
                NoticeText.of("statement-received.team", respondent.getUserId(), caseNumber));
    }

    /** The complainant withdraws the complaint: every clock stops and the respondent is told. */
    public void withdraw(Caller by, String reason, Instant now) {
        if (!complainant.is(by.userId())) {
            throw new ForbiddenException("only the complainant withdraws a complaint");
        }
        if (!status.isOpen()) {
            throw new IllegalTransitionException(status, "a " + status + " case cannot be withdrawn");
        }
        for (CaseDeadline clock : deadlines) {
            if (clock.isActive()) {
                clock.end(DeadlineState.CANCELLED, now);
            }
        }
        // Nobody on the platform's side had anything to do while an unassigned case waited on the respondent.
        boolean staffHadWork = assignee != null || escalationLevel > 1
                || (status != CaseStatus.CLASSIFIED && status != CaseStatus.AWAITING_RESPONSE);
        moveTo(CaseStatus.WITHDRAWN, by, "WITHDRAWN", isWritten(reason) ? reason : "withdrawn", now);
        refreshNextDeadline();
        notify(Recipient.user(respondent.getUserId()), NoticeKind.CASE_WITHDRAWN,
                NoticeText.of("case-withdrawn", complainant.getUserId(), caseNumber));
        if (staffHadWork) {
            // Someone works the case, or it waited on the team (to be classified, to be reviewed): that work ends here.
            notify(workingTeam(), NoticeKind.CASE_WITHDRAWN,
                    NoticeText.of("case-withdrawn.team", complainant.getUserId(), caseNumber));
        }
    }

    /**
     * A specialist asks a party for more information. The platform's clocks wait until the party answers or
     * the party's window runs out, and resume with the time that was left.
     */
    public void requestInformation(Caller by, Obligor from, String question, SlaPolicy sla, Instant now) {
        requireCaseworker(by, "specialists and supervisors ask the parties for information");
        if (from == Obligor.PLATFORM) {
            throw new IllegalArgumentException("information is asked of the complainant or the respondent");
        }
        if (!status.isOpen() || status == CaseStatus.SUBMITTED) {
            throw new IllegalTransitionException(status, "a " + status + " case takes no questions");
        }
        if (activeClock(DeadlineKind.INFORMATION_REQUEST).isPresent()) {
            throw new IllegalTransitionException(status, "a question is already waiting for its answer");
        }
        write(by, MessageKind.QUESTION, question, now);
        // Asking a party is a first response; the platform's other clocks wait for the answer.
        endClock(DeadlineKind.FIRST_RESPONSE, DeadlineState.MET, now);
        for (CaseDeadline clock : deadlines) {
            if (clock.isRunning() && clock.getObligor() == Obligor.PLATFORM) {
                clock.pause(now);
            }
        }
        Instant due = sla.informationRequestDue(now);
        startClock(DeadlineKind.INFORMATION_REQUEST, from, due, sla, now);
        audit(by, "INFORMATION_REQUESTED", status, status, "asked " + partyOf(from).getUserId() + ", answer due " + due, now);
        notify(Recipient.user(partyOf(from).getUserId()), NoticeKind.INFORMATION_REQUESTED,
                NoticeText.of("information-requested", by.userId(), caseNumber, due, question));
        touch(now);
    }

    /**
     * Evidence a party submits while a question waits on that party answers the question (asking for more
     * evidence is what questions are mostly for): the clocks it paused resume. Anyone else's evidence, or evidence
     * while no question waits on its submitter, changes no clock.
     *
     * @param answer what the case's messages say the evidence answered with, in the case's language
     * @return whether the evidence answered a question
     */
    public boolean evidenceSubmitted(Caller by, String answer, SlaPolicy sla, Instant now) {
        Optional<CaseDeadline> request = activeClock(DeadlineKind.INFORMATION_REQUEST);
        if (request.isPresent() && partyOf(request.get().getObligor()).is(by.userId())) {
            answerInformationRequest(by, answer, sla, now);
            return true;
        }
        return false;
    }

    /** The party answers the specialist's question; the waiting clocks resume. */
    public void answerInformationRequest(Caller by, String answer, SlaPolicy sla, Instant now) {
        // The role before the state, as everywhere: staff are told they do not answer, not whether a question waits.
        if (!isPartyTo(by.userId())) {
            throw new ForbiddenException("questions are answered by the party they are put to; staff do not answer them");
        }
        CaseDeadline request = activeClock(DeadlineKind.INFORMATION_REQUEST)
                .orElseThrow(() -> new IllegalTransitionException(status, "no question is waiting for an answer"));
        if (!partyOf(request.getObligor()).is(by.userId())) {
            // Staff ask and do not answer; a party may be answering the question put to the other side.
            throw new ForbiddenException("the question waits on the " + request.getObligor().name().toLowerCase(Locale.ROOT)
                    + "; only they answer it");
        }
        write(by, MessageKind.ANSWER, answer, now);
        request.end(DeadlineState.MET, now);
        resumePausedClocks(sla, now);
        audit(by, "INFORMATION_RECEIVED", status, status, "answered the specialist's question", now);
        notify(workingTeam(), NoticeKind.INFORMATION_RECEIVED,
                NoticeText.of("information-received", by.userId(), caseNumber));
        touch(now);
    }

    // --- evidence ----------------------------------------------------------------------------------------

    /**
     * Who may put evidence on the case, and as which side: its two parties and staff, while the case is open.
     *
     * @throws ForbiddenException for anyone else who can see the case (a platform system, for one)
     * @throws IllegalTransitionException once the case is closed, archived or withdrawn
     */
    public EvidenceSource evidenceSourceOf(Caller by) {
        EvidenceSource source = sideOf(by);
        if (!status.isOpen()) {
            throw new IllegalTransitionException(status, "a " + status + " case takes no more evidence");
        }
        return source;
    }

    /**
     * Which side of the case's evidence the caller stands on, whatever the case's status.
     *
     * @throws ForbiddenException for anyone but the two parties and staff
     */
    public EvidenceSource sideOf(Caller by) {
        // A party's evidence is a party's even from a staff account: it cannot be kept from the other side.
        if (complainant.is(by.userId())) {
            return EvidenceSource.COMPLAINANT;
        }
        if (respondent.is(by.userId())) {
            return EvidenceSource.RESPONDENT;
        }
        if (by.isStaff()) {
            return EvidenceSource.STAFF;
        }
        throw new ForbiddenException("evidence comes from the parties to the case and from staff");
    }

    /** Evidence can be taken back only until a specialist starts reviewing the case. */
    public boolean reviewHasStarted() {
        return switch (status) {
            case SUBMITTED, CLASSIFIED, AWAITING_RESPONSE -> false;
            default -> true;
        };
    }

    /** A specialist verifies evidence while the case is under review (or back in review on appeal). */
    public void checkCanVerify(Caller by) {
        requireCaseworker(by, "specialists and supervisors verify evidence");
        if (status != CaseStatus.UNDER_REVIEW && status != CaseStatus.APPEALED) {
            throw new IllegalTransitionException(status, "evidence is verified while the case is under review; this "
                    + "one is " + status);
        }
    }

    /** When the respondent's evidence window closed without their answer; empty if it has not. */
    public Optional<Instant> respondentWindowMissedAt() {
        return deadlines.stream()
                .filter(d -> d.getKind() == DeadlineKind.RESPONDENT_EVIDENCE && d.getState() == DeadlineState.EXPIRED)
                .map(CaseDeadline::getDueAt)
                .findFirst();
    }

    /** Records on the case what happened to its evidence (a run of the checks, an export), for staff only. */
    public void recordEvidenceEvent(Caller by, String action, String detail, Instant now) {
        audit(by, action, status, status, detail, now);
        touch(now);
    }

    /**
     * Records on the case what happened to one piece of evidence the parties can see, and tells the parties
     * other than the one who did it.
     */
    public void recordEvidenceEvent(Caller by, String action, String detail, NoticeText toldToTheParties, Instant now) {
        recordEvidenceEvent(by, action, detail, now);
        for (Party party : List.of(complainant, respondent)) {
            if (!party.is(by.userId())) {
                notify(Recipient.user(party.getUserId()), NoticeKind.EVIDENCE_CHANGED, toldToTheParties);
            }
        }
    }

    // --- what the clocks do when their time comes ------------------------------------------------------------

    /**
     * Takes every action of this case's clocks that is due at {@code now}: reminders to whoever owes the step,
     * and at expiry the default course of the case. Done by the deadline engine, as {@code SYSTEM}.
     *
     * @return how many actions were taken
     */
    public int runDueClocks(Instant now, SlaPolicy sla) {
        return runClocks(clock -> !clock.getNextActionAt().isAfter(now), now, sla);
    }

    /**
     * Takes the default course of every clock whose time is up, as the engine would at {@code now}, but sends no
     * reminder: done before a step on the case, which must meet the case as its deadlines left it, while a reminder
     * of a window the step may close is the engine's to send, or nobody's.
     *
     * @return how many actions were taken
     */
    public int runOverdueClocks(Instant now, SlaPolicy sla) {
        return runClocks(clock -> !clock.getDueAt().isAfter(now), now, sla);
    }

    private int runClocks(Predicate<CaseDeadline> due, Instant now, SlaPolicy sla) {
        List<CaseDeadline> taken = new ArrayList<>();
        for (CaseDeadline clock : deadlines) {
            if (clock.isRunning() && due.test(clock)) {
                taken.add(clock);
            }
        }
        taken.sort(Comparator.comparing(CaseDeadline::getNextActionAt));
        int actions = 0;
        for (CaseDeadline clock : taken) {
            Optional<DueAction> action = clock.takeDueAction(now, sla.reminders());
            if (action.isEmpty()) {
                continue;
            }
            actions++;
            ClockActions.forDue(clock.getKind(), action.get().action()).take(this, clock, action.get(), sla, now);
        }
        refreshNextDeadline();
        if (actions > 0) {
            touch(now);
        }
        return actions;
    }

    /** Raises the case one level and starts the new level's clock; false when it is already at the top. */
    boolean raiseEscalationLevel(SlaPolicy sla, Instant now) {
        if (escalationLevel >= SlaPolicy.TOP_LEVEL) {
            return false;
        }
        activeClock(DeadlineKind.ESCALATION).ifPresent(running -> running.end(DeadlineState.EXPIRED, now));
        escalationLevel++;
        startClock(DeadlineKind.ESCALATION, Obligor.PLATFORM, sla.escalationDue(escalationLevel, now), sla, now);
        return true;
    }

    /**
     * The caller as they stand on this case: a party to it acts on it as that party only, whatever staff role the
     * account also holds. Nobody classifies, verifies, works or sees the staff side of their own dispute; every
     * service acts on a case with this, not with the caller it was given.
     */
    public Caller standingOf(Caller caller) {
        if (!caller.isStaff()) {
            return caller;
        }
        if (complainant.is(caller.userId())) {
            return caller.asPartyOn(complainant.getSide());
        }
        if (respondent.is(caller.userId())) {
            return caller.asPartyOn(respondent.getSide());
        }
        return caller;
    }

    /** Parties see their own cases; staff see every case. */
    public boolean isVisibleTo(Caller caller) {
        return caller.isStaff() || isPartyTo(caller.userId());
    }

    public boolean isPartyTo(String userId) {
        return complainant.is(userId) || respondent.is(userId);
    }

    // --- the machinery every transition shares ---------------------------------------------------------

    /** Casework is for specialists and supervisors who are not a party to the case. */
    private void requireCaseworker(Caller by, String refusal) {
        requireNotAParty(by);
        if (!by.has(Role.SPECIALIST) && !by.has(Role.SUPERVISOR)) {
            throw new ForbiddenException(refusal);
        }
        // A case in someone's hands is theirs to work: a colleague's step would go behind the assignee's back.
        if (assignee != null && !assignee.equals(by.userId()) && !by.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("case " + caseNumber + " is assigned to " + assignee
                    + "; the assignee or a supervisor works it, or a supervisor reassigns it");
        }
    }

    private void requireNotAParty(Caller by) {
        if (isPartyTo(by.userId())) {
            throw new ForbiddenException(by.userId() + " is a party to case " + caseNumber
                    + "; another specialist or a supervisor works it");
        }
    }

    void moveTo(CaseStatus target, Caller by, String action, String detail, Instant now) {
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
        startClock(DeadlineKind.FIRST_RESPONSE, Obligor.PLATFORM, sla.firstResponseDue(priority, submittedAt), sla, now);
        startClock(DeadlineKind.RESOLUTION, Obligor.PLATFORM, sla.resolutionDue(priority, submittedAt), sla, now);
    }

    private void openRespondentWindow(SlaPolicy sla, Instant now) {
        Instant due = sla.respondentEvidenceDue(now);
        moveTo(CaseStatus.AWAITING_RESPONSE, Caller.system(), "AWAITING_RESPONSE",
                respondent.getUserId() + " has until " + due + " to answer with a statement and evidence", now);
        startClock(DeadlineKind.RESPONDENT_EVIDENCE, Obligor.RESPONDENT, due, sla, now);
    }

    private void startClock(DeadlineKind kind, Obligor obligor, Instant dueAt, SlaPolicy sla, Instant now) {
        if (activeClock(kind).isPresent()) {
            throw new IllegalStateException(kind + " is already running");
        }
        deadlines.add(new CaseDeadline(this, kind, obligor, dueAt, now, sla.reminders()));
        refreshNextDeadline();
    }

    /**
     * Gives a running or paused clock the due time of a window of another length. It counts from the clock's own
     * start, which every pause so far has moved on: the time the case waited on a party stays credited.
     */
    private void reschedule(DeadlineKind kind, UnaryOperator<Instant> dueFromWindowStart, SlaPolicy sla, Instant now) {
        activeClock(kind).ifPresent(clock -> {
            Instant before = clock.getDueAt();
            Instant dueAt = dueFromWindowStart.apply(clock.getWindowStartsAt());
            clock.moveTo(dueAt, sla.reminders());
            audit(Caller.system(), "DEADLINE_MOVED", status, status, kind + " " + before + " → " + dueAt, now);
        });
        refreshNextDeadline();
    }

    private void endClock(DeadlineKind kind, DeadlineState outcome, Instant now) {
        activeClock(kind).ifPresent(clock -> clock.end(outcome, now));
        refreshNextDeadline();
    }

    void resumePausedClocks(SlaPolicy sla, Instant now) {
        for (CaseDeadline clock : deadlines) {
            if (clock.getState() == DeadlineState.PAUSED) {
                clock.resume(now, sla.reminders());
            }
        }
        refreshNextDeadline();
    }

    Optional<CaseDeadline> activeClock(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.getKind() == kind && d.isActive()).findFirst();
    }

    Party partyOf(Obligor obligor) {
        return switch (obligor) {
            case COMPLAINANT -> complainant;
            case RESPONDENT -> respondent;
            case PLATFORM -> throw new IllegalArgumentException("the platform is not a party");
        };
    }

    /** Who owes a step: the party, or for the platform's clocks those working the case ({@link #workingTeam}). */
    List<Recipient> owing(Obligor obligor) {
        return obligor == Obligor.PLATFORM ? workingTeam() : List.of(Recipient.user(partyOf(obligor).getUserId()));
    }

    /**
     * Those working the case: its assignee, or the specialists' team while nobody is; once it is escalated, the
     * level's team and still the assignee, who keeps the case and must hear what happens to it.
     */
    List<Recipient> workingTeam() {
        if (escalationLevel == 1) {
            return List.of(assignee != null ? Recipient.user(assignee) : Recipient.level(1));
        }
        return assignee != null ? List.of(Recipient.level(escalationLevel), Recipient.user(assignee))
                : List.of(Recipient.level(escalationLevel));
    }

    void notify(Recipient recipient, NoticeKind kind, NoticeText text) {
        unsentNotices.add(new CaseNotice(recipient, kind, text));
    }

    void notify(List<Recipient> recipients, NoticeKind kind, NoticeText text) {
        recipients.forEach(recipient -> notify(recipient, kind, text));
    }

    private void write(Caller by, MessageKind kind, String text, Instant now) {
        unsavedMessages.add(new CaseMessage(id, kind, by.userId(), by.actingRole(), text, now));
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

    void audit(Caller by, String action, CaseStatus from, CaseStatus to, String detail, Instant at) {
        auditSequence++;
        unsavedAudit.add(new AuditEntry(id, auditSequence, at, by.userId(), by.actingRole(), action, from, to, detail));
    }

    private void touch(Instant now) {
        if (now.isAfter(updatedAt)) {
            updatedAt = now;
        }
    }

    static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    // --- reading -----------------------------------------------------------------------------------------

    /** The notices raised since the case was loaded, handed over once to be sent. */
    public List<CaseNotice> drainUnsentNotices() {
        return drain(unsentNotices);
    }

    /** The messages written since the case was loaded, handed over once to be stored. */
    public List<CaseMessage> drainUnsavedMessages() {
        return drain(unsavedMessages);
    }

    /** The audit entries written since the case was loaded, handed over once to be stored. */
    public List<AuditEntry> drainUnsavedAudit() {
        return drain(unsavedAudit);
    }

    private static <T> List<T> drain(List<T> pending) {
        List<T> drained = List.copyOf(pending);
        pending.clear();
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

    /** The running clocks, nearest due first. */
    public List<CaseDeadline> getRunningDeadlines() {
        return clocksWhere(CaseDeadline::isRunning);
    }

    /** The clocks that are not over: running, and paused while the case waits on a party; nearest due first. */
    public List<CaseDeadline> getActiveDeadlines() {
        return clocksWhere(CaseDeadline::isActive);
    }

    private List<CaseDeadline> clocksWhere(Predicate<CaseDeadline> condition) {
        List<CaseDeadline> found = new ArrayList<>();
        for (CaseDeadline deadline : deadlines) {
            if (condition.test(deadline)) {
                found.add(deadline);
            }
        }
        found.sort(Comparator.comparing(CaseDeadline::getDueAt).thenComparing(CaseDeadline::getKind));
        return found;
    }

    /** When the deadline engine must next act on this case; empty when no clock runs. */
    public Optional<Instant> nextActionAt() {
        return deadlines.stream().filter(CaseDeadline::isRunning).map(CaseDeadline::getNextActionAt)
                .min(Comparator.naturalOrder());
    }

    public int getEscalationLevel() {
        return escalationLevel;
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

    /** An optional reason of only spaces or invisible characters is no reason. */
    private static boolean isWritten(String reason) {
        return reason != null && VisibleTextValidator.isVisible(reason);
    }
}
