package org.arbiter.classification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.arbiter.api.cases.CaseView;
import org.arbiter.api.classification.ClassificationCorrectionRequest;
import org.arbiter.api.classification.ClassificationResult;
import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.Priority;
import org.arbiter.cases.CaseAccess;
import org.arbiter.cases.CaseMappings;
import org.arbiter.cases.CaseRepository;
import org.arbiter.cases.ClassifierVerdict;
import org.arbiter.cases.DisputeCase;
import org.arbiter.cases.DuplicateComplaintException;
import org.arbiter.cases.PriorityPolicy;
import org.arbiter.cases.ScoredType;
import org.arbiter.cases.SensitiveDataScreen;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.idempotency.IdempotentWrite;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ForbiddenException;
import org.arbiter.shared.InvalidRequestException;

/** Classifying texts for staff, and specialists' corrections of a case's category and priority. */
@Stateless
public class ClassificationService {

    private final SensitiveDataScreen screen = new SensitiveDataScreen();

    @Inject
    ComplaintClassifier classifier;

    @Inject
    PriorityPolicy priorities;

    @Inject
    SlaPolicy sla;

    @Inject
    CaseAccess access;

    @Inject
    CaseRepository cases;

    @Inject
    CaseMappings mappings;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** What the classifier makes of a text, without filing anything. */
    public ClassificationResult classify(Caller caller, String text, String requestedLanguage) {
        if (!caller.isStaff()) {
            throw new ForbiddenException("classifying texts is for staff");
        }
        ClassifierVerdict verdict = classifier.classify(text);
        ScoredType best = verdict.best();
        Priority priority = priorities.basePriority().get(best.type());
        List<ScoredType> next = verdict.ranked().subList(1, Math.min(4, verdict.ranked().size()));
        return new ClassificationResult(mappings.guess(best), priority, !verdict.isConfident(),
                next.stream().map(mappings::guess).toList(), Languages.resolve(requestedLanguage, text));
    }

    /**
     * A specialist corrects a case's category or priority; the clocks move with the priority and the
     * correction is kept as a training example.
     */
    @IdempotentWrite
    public CaseView correct(Caller caller, String caseNumber, ClassificationCorrectionRequest correction) {
        if (correction.type() == null && correction.priority() == null) {
            throw new InvalidRequestException("type",
                    "is missing, and so is priority: give the corrected type, the corrected priority, or both");
        }
        DisputeCase disputeCase = access.forChange(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        ComplaintType fromType = disputeCase.getClassification() == null ? null : disputeCase.getClassification().getType();
        Priority fromPriority = disputeCase.getPriority();
        Instant now = clock.instant();
        String reason = screen.masked(correction.reason());
        String complaintBefore = disputeCase.getOpenKey();
        disputeCase.correctClassification(actor, correction.type(), correction.priority(), reason, priorities, sla, now);
        if (!Objects.equals(complaintBefore, disputeCase.getOpenKey())) {
            // Named for the specialist (who may see every case but their own, and this one is not); the unique
            // key still refuses a concurrent change that this read cannot see.
            cases.otherOpenCaseWith(disputeCase).ifPresent(other -> {
                throw DuplicateComplaintException.correctionWouldDuplicate(other);
            });
        }
        cases.update(disputeCase);
        em.persist(new ClassificationCorrection(disputeCase.getId(), disputeCase.getClaim().getDescription(),
                disputeCase.getClaim().getLanguage(), fromType, disputeCase.getClassification().getType(),
                fromPriority, disputeCase.getPriority(), reason, actor.userId(), now));
        return access.view(actor, disputeCase);
    }

    /** When a specialist last changed the case's type (not only its priority), if ever: the evidence checks read it. */
    public Optional<Instant> lastTypeChange(long caseId) {
        return Optional.ofNullable(em.createQuery("select max(c.correctedAt) from ClassificationCorrection c "
                        + "where c.caseId = :case and (c.fromType is null or c.fromType <> c.toType)", Instant.class)
                .setParameter("case", caseId)
                .getSingleResult());
    }
}
