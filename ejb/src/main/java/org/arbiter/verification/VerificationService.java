package org.arbiter.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.arbiter.api.verification.EvidenceReviewView;
import org.arbiter.api.verification.FindingView;
import org.arbiter.api.verification.VerificationReportView;
import org.arbiter.api.vocabulary.EvidenceSource;
import org.arbiter.api.vocabulary.FindingSeverity;
import org.arbiter.cases.CaseAccess;
import org.arbiter.cases.CaseRepository;
import org.arbiter.cases.DisputeCase;
import org.arbiter.classification.ClassificationService;
import org.arbiter.evidence.Evidence;
import org.arbiter.evidence.EvidenceRepository;
import org.arbiter.idempotency.IdempotentWrite;
import org.arbiter.integration.IntegrationFailureException;
import org.arbiter.integration.logistics.LogisticsFacts;
import org.arbiter.integration.logistics.LogisticsPort;
import org.arbiter.integration.order.OrderFacts;
import org.arbiter.integration.order.OrderPort;
import org.arbiter.integration.payment.PaymentFacts;
import org.arbiter.integration.payment.PaymentPort;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ConflictException;
import org.arbiter.shared.ForbiddenException;
import org.arbiter.verification.VerificationRun.FactChange;

/** Runs the checks on a case and keeps the run as its report; reads the report for staff. */
@Stateless
public class VerificationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseRepository cases;

    @Inject
    EvidenceRepository evidence;

    @Inject
    OrderPort orders;

    @Inject
    PaymentPort payments;

    @Inject
    LogisticsPort logistics;

    @Inject
    VerificationSettings settings;

    @Inject
    VerificationViewMapper views;

    @Inject
    ClassificationService classifications;

    @Inject
    Clock clock;

    @IdempotentWrite
    public VerificationReportView run(Caller caller, String caseNumber) {
        DisputeCase disputeCase = access.forChange(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        disputeCase.checkCanVerify(actor);
        // The run is dated before the facts are read: a fact that changes while they are read makes it stale.
        Instant now = clock.instant();
        List<Evidence> items = evidence.ofCase(disputeCase.getId());
        List<CheckedEvidence> checked = new ArrayList<>();
        for (Evidence item : items) {
            if (!item.isWithdrawn()) {
                // Reuse is a question about a party's files: staff's own may serve many cases.
                List<String> elsewhere = item.getSource() == EvidenceSource.STAFF ? List.of()
                        : evidence.sameBytesElsewhere(disputeCase.getId(), item.getSha256()).stream()
                                .map(other -> cases.numberOf(other.getCaseId()))
                                .distinct()
                                .toList();
                checked.add(new CheckedEvidence(item.getId(), item.getKind(), item.getSource(), item.getSubmittedAt(),
                        item.getCapturedAt(), item.getCapturedAtNote(), elsewhere));
            }
        }
        String orderId = disputeCase.getOrderId();
        CaseFacts facts = new CaseFacts(disputeCase.effectiveType(), disputeCase.getSubmittedAt(),
                disputeCase.getClaim().getClaimed(), orders.find(orderId), logistics.find(orderId),
                payments.find(orderId), checked, disputeCase.respondentWindowMissedAt());
        List<Finding> findings = new EvidenceChecks(settings.policy()).run(facts);
        VerificationRun run = new VerificationRun(disputeCase.getId(), actor.userId(), now, findings);
        em.persist(run);
        long high = findings.stream().filter(f -> f.severity() == FindingSeverity.HIGH).count();
        disputeCase.recordEvidenceEvent(actor, "VERIFICATION_RUN", "ran the evidence checks: " + findings.size()
                + " finding(s), " + high + " of high severity", now);
        cases.update(disputeCase);
        return report(disputeCase, run, items, changesOf(facts));
    }

    public VerificationReportView report(Caller caller, String caseNumber) {
        DisputeCase disputeCase = access.find(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        if (!actor.isStaff()) {
            throw new ForbiddenException("the verification report is for staff; the ruling cites it to the parties");
        }
        VerificationRun run = latest(disputeCase.getId());
        return report(disputeCase, run, evidence.ofCase(disputeCase.getId()),
                run == null ? List.of() : currentChanges(disputeCase, true));
    }

    /**
     * The ruling gate, for the ruling stage: refuses to go on while the report is incomplete (never run, stale
     * against the evidence or the facts, or evidence not marked); the rule is {@link VerificationRun#gaps}.
     *
     * @throws VerificationIncompleteException (a {@link ConflictException}) naming what is missing
     * @throws IntegrationFailureException when the marketplace cannot say whether the facts changed (502/503/504:
     *                                     worth a retry, unlike a conflict)
     */
    public void requireComplete(DisputeCase disputeCase) {
        VerificationRun run = latest(disputeCase.getId());
        VerificationRun.requireComplete(run, VerificationRun.Standing.of(evidence.ofCase(disputeCase.getId())),
                run == null ? List.of() : currentChanges(disputeCase, false));
    }

    /**
     * When the facts the checks read last changed: the order, its parcel and its payment, as the ports say now
     * (reading the report, a port that fails leaves a gap saying so and the report stays readable; the gate lets
     * the failure through), the case's type, and the reuse of its files in other cases.
     */
    private List<FactChange> currentChanges(DisputeCase disputeCase, boolean tolerant) {
        String orderId = disputeCase.getOrderId();
        List<FactChange> changes = new ArrayList<>();
        classifications.lastTypeChange(disputeCase.getId())
                .ifPresent(at -> changes.add(new FactChange("the case's type", at)));
        evidence.lastReusedElsewhereAt(disputeCase.getId())
                .ifPresent(at -> changes.add(new FactChange("the use of its files in other cases", at)));
        read(changes, "the order", () -> orders.find(orderId).map(OrderFacts::updatedAt), tolerant);
        read(changes, "the logistics trace", () -> logistics.find(orderId).map(LogisticsFacts::updatedAt), tolerant);
        read(changes, "the payment", () -> payments.find(orderId).map(PaymentFacts::updatedAt), tolerant);
        return changes;
    }

    private static void read(List<FactChange> changes, String fact, Supplier<Optional<Instant>> changedAt,
                             boolean tolerant) {
        try {
            changedAt.get().ifPresent(at -> changes.add(new FactChange(fact, at)));
        } catch (IntegrationFailureException e) {
            if (!tolerant) {
                throw e;
            }
            changes.add(FactChange.unreadable(fact, e.getMessage()));
        }
    }

    private static List<FactChange> changesOf(CaseFacts facts) {
        return changes(facts.order(), facts.logistics(), facts.payment());
    }

    private static List<FactChange> changes(Optional<OrderFacts> order, Optional<LogisticsFacts> parcel,
                                            Optional<PaymentFacts> payment) {
        List<FactChange> changes = new ArrayList<>();
        order.map(OrderFacts::updatedAt).ifPresent(at -> changes.add(new FactChange("the order", at)));
        parcel.map(LogisticsFacts::updatedAt).ifPresent(at -> changes.add(new FactChange("the logistics trace", at)));
        payment.map(PaymentFacts::updatedAt).ifPresent(at -> changes.add(new FactChange("the payment", at)));
        return changes;
    }

    private VerificationRun latest(long caseId) {
        return em.createQuery("select r from VerificationRun r where r.caseId = :case order by r.id desc",
                        VerificationRun.class)
                .setParameter("case", caseId)
                .setMaxResults(1)
                .getResultList().stream().findFirst().orElse(null);
    }

    private VerificationReportView report(DisputeCase disputeCase, VerificationRun run, List<Evidence> items,
                                          List<FactChange> changes) {
        List<FindingView> findings = run == null ? List.of() : views.toViews(run.getFindings());
        List<EvidenceReviewView> reviews = items.stream().filter(e -> !e.isWithdrawn()).map(views::toReview).toList();
        List<String> gaps = VerificationRun.gaps(run, VerificationRun.Standing.of(items), changes);
        return new VerificationReportView(disputeCase.getCaseNumber().value(), run == null ? null : run.getRunAt(),
                run == null ? null : run.getRunBy(), findings, reviews, gaps.isEmpty(), gaps);
    }
}
