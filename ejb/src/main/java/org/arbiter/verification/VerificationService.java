package org.arbiter.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.arbiter.api.verification.EvidenceReviewView;
import org.arbiter.api.verification.FindingView;
import org.arbiter.api.verification.VerificationReportView;
import org.arbiter.api.vocabulary.FindingSeverity;
import org.arbiter.cases.CaseAccess;
import org.arbiter.cases.CaseRepository;
import org.arbiter.cases.DisputeCase;
import org.arbiter.evidence.Evidence;
import org.arbiter.evidence.EvidenceRepository;
import org.arbiter.integration.logistics.LogisticsPort;
import org.arbiter.integration.order.OrderPort;
import org.arbiter.integration.payment.PaymentPort;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ConflictException;
import org.arbiter.shared.ForbiddenException;

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
    Clock clock;

    public VerificationReportView run(Caller caller, String caseNumber) {
        DisputeCase disputeCase = access.forUpdate(caller, caseNumber);
        disputeCase.checkCanVerify(caller);
        List<Evidence> items = evidence.ofCase(disputeCase.getId());
        List<CheckedEvidence> checked = new ArrayList<>();
        for (Evidence item : items) {
            if (!item.isWithdrawn()) {
                List<String> elsewhere = evidence.sameBytesElsewhere(disputeCase.getId(), item.getSha256()).stream()
                        .map(other -> cases.numberOf(other.getCaseId()))
                        .distinct()
                        .toList();
                checked.add(new CheckedEvidence(item.getId(), item.getKind(), item.getSource(), item.getSubmittedAt(),
                        item.getCapturedAt(), item.getCapturedAtNote(), elsewhere));
            }
        }
        CaseFacts facts = new CaseFacts(disputeCase.effectiveType(), disputeCase.getSubmittedAt(),
                disputeCase.getClaim().getClaimed(), orders.find(disputeCase.getOrderId()),
                logistics.find(disputeCase.getOrderId()), payments.find(disputeCase.getOrderId()), checked,
                disputeCase.respondentWindowMissedAt());
        List<Finding> findings = new EvidenceChecks(settings.policy()).run(facts);
        Instant now = clock.instant();
        VerificationRun run = new VerificationRun(disputeCase.getId(), caller.userId(), now, findings);
        em.persist(run);
        long high = findings.stream().filter(f -> f.severity() == FindingSeverity.HIGH).count();
        disputeCase.recordEvidenceEvent(caller, "VERIFICATION_RUN", "ran the evidence checks: " + findings.size()
                + " finding(s), " + high + " of high severity", false, now);
        cases.update(disputeCase);
        return report(disputeCase, run, items);
    }

    public VerificationReportView report(Caller caller, String caseNumber) {
        if (!caller.isStaff()) {
            throw new ForbiddenException("the verification report is for staff; the ruling cites it to the parties");
        }
        DisputeCase disputeCase = access.find(caller, caseNumber);
        return report(disputeCase, latest(disputeCase.getId()), evidence.ofCase(disputeCase.getId()));
    }

    /**
     * For the ruling stage: refuses to go on while the report is incomplete.
     *
     * @throws ConflictException naming what is missing
     */
    public void requireComplete(DisputeCase disputeCase) {
        List<String> gaps = VerificationRun.gaps(latest(disputeCase.getId()),
                VerificationRun.Standing.of(evidence.ofCase(disputeCase.getId())));
        if (!gaps.isEmpty()) {
            throw new ConflictException("the verification report is not complete: " + String.join("; ", gaps));
        }
    }

    private VerificationRun latest(long caseId) {
        return em.createQuery("select r from VerificationRun r where r.caseId = :case order by r.id desc",
                        VerificationRun.class)
                .setParameter("case", caseId)
                .setMaxResults(1)
                .getResultList().stream().findFirst().orElse(null);
    }

    private VerificationReportView report(DisputeCase disputeCase, VerificationRun run, List<Evidence> items) {
        List<FindingView> findings = run == null ? List.of() : views.toViews(run.getFindings());
        List<EvidenceReviewView> reviews = items.stream().filter(e -> !e.isWithdrawn()).map(views::toReview).toList();
        List<String> gaps = VerificationRun.gaps(run, VerificationRun.Standing.of(items));
        return new VerificationReportView(disputeCase.getCaseNumber().value(), run == null ? null : run.getRunAt(),
                run == null ? null : run.getRunBy(), findings, reviews, gaps.isEmpty(), gaps);
    }
}
