package org.arbiter.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.arbiter.Defaults;
import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.api.vocabulary.ClassificationSource;
import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.DeadlineKind;
import org.arbiter.api.vocabulary.EvidenceSource;
import org.arbiter.api.vocabulary.NoticeKind;
import org.arbiter.api.vocabulary.Obligor;
import org.arbiter.api.vocabulary.PartySide;
import org.arbiter.api.vocabulary.Priority;
import org.arbiter.api.vocabulary.Remedy;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.deadlines.CaseDeadline;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ForbiddenException;
import org.arbiter.shared.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DisputeCaseTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Caller BUYER = Caller.of("buyer1", Role.BUYER);
    private static final Caller SPECIALIST = Caller.of("specialist1", Role.SPECIALIST);
    private static final Caller OTHER_SPECIALIST = Caller.of("specialist2", Role.SPECIALIST);
    private static final Caller SUPERVISOR = Caller.of("supervisor1", Role.SUPERVISOR);

    private final SlaPolicy sla = Defaults.sla();
    private final PriorityPolicy priorities = Defaults.priorities();

    private static Filing filing(String amount) {
        return new Filing("O-1", new Party("buyer1", PartySide.BUYER), new Party("seller1", PartySide.SELLER),
                new ComplaintText("never received the parcel", Map.of()), Money.parse(amount, "CNY"),
                Remedy.REFUND_ONLY, "en", 0);
    }

    private static ClassifierVerdict sure(ComplaintType type) {
        return new ClassifierVerdict(List.of(new ScoredType(type, 0.9), new ScoredType(ComplaintType.OTHER, 0.1)), 0.45);
    }

    private static ClassifierVerdict unsure() {
        return new ClassifierVerdict(List.of(new ScoredType(ComplaintType.SERVICE_ATTITUDE, 0.30),
                new ScoredType(ComplaintType.ACCOUNT_SECURITY, 0.25), new ScoredType(ComplaintType.OTHER, 0.20),
                new ScoredType(ComplaintType.NOT_RECEIVED, 0.25)), 0.45);
    }

    private DisputeCase fileSure() {
        return DisputeCase.file(7, filing("199"), sure(ComplaintType.NOT_RECEIVED), priorities, sla, BUYER, NOW);
    }

    @Test
    void aConfidentlyClassifiedComplaintWaitsForTheRespondentWithAllItsClocksRunning() {
        DisputeCase filed = fileSure();

        assertThat(filed.getStatus()).isEqualTo(CaseStatus.AWAITING_RESPONSE);
        assertThat(filed.getPriority()).isEqualTo(Priority.HIGH);
        assertThat(filed.getClassification().getType()).isEqualTo(ComplaintType.NOT_RECEIVED);
        assertThat(filed.getClassification().getSource()).isEqualTo(ClassificationSource.CLASSIFIER);
        assertThat(filed.getRunningDeadlines()).extracting(CaseDeadline::getKind, CaseDeadline::getDueAt, CaseDeadline::getObligor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.FIRST_RESPONSE, Instant.parse("2026-11-23T10:00:00Z"), Obligor.PLATFORM),
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.RESOLUTION, Instant.parse("2026-11-24T10:00:00Z"), Obligor.PLATFORM),
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.RESPONDENT_EVIDENCE, Instant.parse("2026-11-25T10:00:00Z"), Obligor.RESPONDENT));
        assertThat(filed.getNextDeadlineAt()).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(filed.getCaseNumber().value()).startsWith("AR-261122-");
    }

    @Test
    void everyStepIsInTheAuditTrailWithWhoDidIt() {
        List<AuditEntry> trail = fileSure().drainUnsavedAudit();

        assertThat(trail).extracting(AuditEntry::getSequence).containsExactly(1L, 2L, 3L);
        assertThat(trail).extracting(AuditEntry::getAction).containsExactly("FILED", "CLASSIFIED", "AWAITING_RESPONSE");
        assertThat(trail).extracting(AuditEntry::getActor).containsExactly("buyer1", "system", "system");
        assertThat(trail).extracting(AuditEntry::getActorRole).containsExactly(Role.BUYER, Role.SYSTEM, Role.SYSTEM);
        assertThat(trail).extracting(AuditEntry::getToStatus)
                .containsExactly(CaseStatus.SUBMITTED, CaseStatus.CLASSIFIED, CaseStatus.AWAITING_RESPONSE);
    }

    @Test
    void anUnsureComplaintWaitsForASpecialistWithTheMostUrgentPlausiblePriority() {
        DisputeCase filed = DisputeCase.file(8, filing("199"), unsure(), priorities, sla, BUYER, NOW);

        assertThat(filed.getStatus()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(filed.isAwaitingClassification()).isTrue();
        assertThat(filed.getClassification()).isNull();
        // SERVICE_ATTITUDE alone would be NORMAL; ACCOUNT_SECURITY among the top three makes it URGENT.
        assertThat(filed.getPriority()).isEqualTo(Priority.URGENT);
        assertThat(filed.getPriorityReasons().get(0)).contains("provisional");
        assertThat(filed.getRunningDeadlines()).extracting(CaseDeadline::getKind)
                .containsExactly(DeadlineKind.FIRST_RESPONSE, DeadlineKind.RESOLUTION);
        assertThat(filed.getSuggestions()).extracting(ScoredType::type).first().isEqualTo(ComplaintType.SERVICE_ATTITUDE);
    }

    @Test
    void aSpecialistClassifiesAWaitingCaseAndTheRespondentsWindowOpens() {
        DisputeCase filed = DisputeCase.file(8, filing("199"), unsure(), priorities, sla, BUYER, NOW);
        filed.drainUnsavedAudit();
        filed.drainUnsentNotices();
        Instant later = NOW.plusSeconds(600);

        filed.correctClassification(SPECIALIST, ComplaintType.SERVICE_ATTITUDE, null, "rude chat messages", priorities, sla, later);

        assertThat(filed.getStatus()).isEqualTo(CaseStatus.AWAITING_RESPONSE);
        assertThat(filed.isAwaitingClassification()).isFalse();
        assertThat(filed.getClassification().getSource()).isEqualTo(ClassificationSource.SPECIALIST);
        assertThat(filed.getClassification().getConfidence()).isEqualTo(1.0);
        assertThat(filed.getPriority()).isEqualTo(Priority.NORMAL);
        // Service levels count from submission, at the new priority; the respondent's window from now.
        assertThat(filed.getRunningDeadlines()).extracting(CaseDeadline::getKind, CaseDeadline::getDueAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DeadlineKind.FIRST_RESPONSE, Instant.parse("2026-11-24T10:00:00Z")),
                org.assertj.core.groups.Tuple.tuple(DeadlineKind.RESOLUTION, Instant.parse("2026-11-25T10:00:00Z")),
                org.assertj.core.groups.Tuple.tuple(DeadlineKind.RESPONDENT_EVIDENCE, Instant.parse("2026-11-25T10:10:00Z")));
        assertThat(filed.drainUnsavedAudit()).extracting(AuditEntry::getAction)
                .contains("CLASSIFICATION_CORRECTED", "CLASSIFIED", "AWAITING_RESPONSE");
        // Told of the complaint at filing without a due time, the respondent is told it now.
        assertThat(filed.drainUnsentNotices()).filteredOn(n -> n.kind() == NoticeKind.RESPONDENT_WINDOW_OPENED)
                .singleElement().satisfies(n -> {
                    assertThat(n.recipient()).isEqualTo(Recipient.user("seller1"));
                    assertThat(n.text().key()).isEqualTo("respondent-window-opened.answer-by");
                    assertThat(n.text().arguments()).contains(Instant.parse("2026-11-25T10:10:00Z"));
                });
    }

    @Test
    void anExplicitPriorityOverridesThePolicyAndMovesTheClocks() {
        DisputeCase filed = fileSure();

        filed.correctClassification(SPECIALIST, null, Priority.URGENT, "buyer is distressed", priorities, sla, NOW.plusSeconds(60));

        assertThat(filed.getPriority()).isEqualTo(Priority.URGENT);
        assertThat(filed.getClassification().getType()).isEqualTo(ComplaintType.NOT_RECEIVED);
        assertThat(filed.getNextDeadlineAt()).isEqualTo("2026-11-22T11:00:00Z");
        assertThat(filed.getPriorityReasons().get(0)).contains("specialist1").contains("distressed");
        assertThat(filed.drainUnsavedAudit()).extracting(AuditEntry::getAction).contains("DEADLINE_MOVED");
    }

    @Test
    void confirmingTheClassifierCountsButRepeatingASpecialistDoesNot() {
        DisputeCase filed = fileSure();
        Priority derived = filed.getPriority();

        filed.correctClassification(SPECIALIST, ComplaintType.NOT_RECEIVED, null, "tracking stops in Hangzhou",
                priorities, sla, NOW.plusSeconds(60));
        assertThat(filed.getClassification().getSource()).isEqualTo(ClassificationSource.SPECIALIST);
        filed.drainUnsavedAudit();

        assertThatThrownBy(() -> filed.correctClassification(SPECIALIST, ComplaintType.NOT_RECEIVED, derived, "again",
                priorities, sla, NOW.plusSeconds(120)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("nothing would change");
        assertThat(filed.drainUnsavedAudit()).isEmpty();
        filed.correctClassification(SPECIALIST, null, Priority.URGENT, "funds at risk", priorities, sla, NOW.plusSeconds(180));
        assertThat(filed.getPriority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void onlyStaffWhoClassifyMayCorrect() {
        DisputeCase filed = fileSure();

        assertThatThrownBy(() -> filed.correctClassification(BUYER, ComplaintType.OTHER, null, "no", priorities, sla, NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> filed.correctClassification(Caller.of("reviewer1", Role.RISK_REVIEWER), ComplaintType.OTHER,
                null, "no", priorities, sla, NOW)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aWaitingCaseNeedsATypeNotJustAPriority() {
        DisputeCase filed = DisputeCase.file(8, filing("199"), unsure(), priorities, sla, BUYER, NOW);

        assertThatThrownBy(() -> filed.correctClassification(SPECIALIST, null, Priority.HIGH, "x", priorities, sla, NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("give a type");
    }

    @Test
    void theOpenKeyFollowsTheType() {
        DisputeCase filed = fileSure();
        assertThat(filed.getOpenKey()).isEqualTo("O-1|buyer1|NOT_RECEIVED");

        filed.correctClassification(SPECIALIST, ComplaintType.SIGN_FOR_DISPUTE, null, "signed by a neighbour",
                priorities, sla, NOW);

        assertThat(filed.getOpenKey()).isEqualTo(DisputeCase.openKeyOf("O-1", "buyer1", ComplaintType.SIGN_FOR_DISPUTE));
    }

    @Test
    void aStatementTellsTheComplainantAndThoseWorkingTheCaseThatItIsReadyForReview() {
        DisputeCase filed = fileSure();
        filed.drainUnsentNotices();

        filed.respondWithStatement(Caller.of("seller1", Role.SELLER), "It went into the locker you chose.", NOW);

        assertThat(filed.drainUnsentNotices()).extracting(CaseNotice::recipient, n -> n.text().key()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Recipient.user("buyer1"), "statement-received"),
                org.assertj.core.groups.Tuple.tuple(Recipient.level(1), "statement-received.team"));
    }

    @Test
    void aWithdrawalOfACaseWaitingForReviewTellsTheTeam() {
        DisputeCase reviewed = fileSure();
        reviewed.respondWithStatement(Caller.of("seller1", Role.SELLER), "It went into the locker you chose.", NOW);
        reviewed.drainUnsentNotices();

        reviewed.withdraw(BUYER, "it arrived", NOW);

        assertThat(reviewed.drainUnsentNotices()).extracting(CaseNotice::recipient)
                .containsExactly(Recipient.user("seller1"), Recipient.level(1));
    }

    @Test
    void aWithdrawalTellsTheAssigneeButNoTeamWhileNobodyWorksTheCase() {
        DisputeCase unassigned = fileSure();
        unassigned.drainUnsentNotices();
        unassigned.withdraw(BUYER, "it arrived", NOW);
        assertThat(unassigned.drainUnsentNotices()).extracting(CaseNotice::recipient)
                .containsExactly(Recipient.user("seller1"));

        DisputeCase assigned = fileSure();
        assigned.assignTo(SPECIALIST, "specialist1", null, NOW);
        assigned.drainUnsentNotices();
        assigned.withdraw(BUYER, "it arrived", NOW);
        assertThat(assigned.drainUnsentNotices()).extracting(CaseNotice::recipient, n -> n.text().key()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Recipient.user("seller1"), "case-withdrawn"),
                org.assertj.core.groups.Tuple.tuple(Recipient.user("specialist1"), "case-withdrawn.team"));
    }

    @Test
    void aSpecialistTakesAnUnassignedCaseASupervisorReassigns() {
        DisputeCase filed = fileSure();

        filed.assignTo(SPECIALIST, "specialist1", null, NOW);
        assertThat(filed.getAssignee()).isEqualTo("specialist1");

        assertThatThrownBy(() -> filed.assignTo(OTHER_SPECIALIST, "specialist2", null, NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("already assigned");
        assertThatThrownBy(() -> filed.assignTo(OTHER_SPECIALIST, "specialist1", null, NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> filed.assignTo(BUYER, "buyer1", null, NOW)).isInstanceOf(ForbiddenException.class);

        filed.assignTo(SUPERVISOR, "specialist2", "balancing the queue", NOW);
        assertThat(filed.getAssignee()).isEqualTo("specialist2");
    }

    @Test
    void anAssignedCaseIsWorkedByItsAssigneeOrASupervisor() {
        DisputeCase filed = fileSure();
        filed.assignTo(SPECIALIST, "specialist1", null, NOW);

        assertThatThrownBy(() -> filed.correctClassification(OTHER_SPECIALIST, ComplaintType.OTHER, null,
                "looks like something else", priorities, sla, NOW))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("is assigned to specialist1");
        assertThatThrownBy(() -> filed.requestInformation(OTHER_SPECIALIST, Obligor.COMPLAINANT, "Which parcel?", sla, NOW))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("is assigned to specialist1");
        assertThatThrownBy(() -> filed.checkCanVerify(OTHER_SPECIALIST))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("is assigned to specialist1");
        assertThat(filed.getClassification().getType()).isEqualTo(ComplaintType.NOT_RECEIVED);

        filed.requestInformation(SPECIALIST, Obligor.COMPLAINANT, "Which parcel?", sla, NOW);
        filed.correctClassification(SUPERVISOR, ComplaintType.SIGN_FOR_DISPUTE, null, "signed by a neighbour",
                priorities, sla, NOW);
        assertThat(filed.getClassification().getType()).isEqualTo(ComplaintType.SIGN_FOR_DISPUTE);

        // Unassigned, the case is anyone's on the team to start on.
        DisputeCase unassigned = fileSure();
        unassigned.requestInformation(OTHER_SPECIALIST, Obligor.RESPONDENT, "Tracking number?", sla, NOW);
        assertThat(unassigned.getAssignee()).isNull();
    }

    @Test
    void partiesSeeTheirOwnCasesStaffSeeAll() {
        DisputeCase filed = fileSure();

        assertThat(filed.isVisibleTo(BUYER)).isTrue();
        assertThat(filed.isVisibleTo(Caller.of("seller1", Role.SELLER))).isTrue();
        assertThat(filed.isVisibleTo(Caller.of("buyer2", Role.BUYER))).isFalse();
        assertThat(filed.isVisibleTo(Caller.of("platform1", Role.PLATFORM))).isFalse();
        assertThat(filed.isVisibleTo(SPECIALIST)).isTrue();
    }

    @Test
    void aComplaintIsFiledByItsComplainant() {
        assertThatThrownBy(() -> DisputeCase.file(9, filing("199"), sure(ComplaintType.OTHER), priorities, sla,
                Caller.of("buyer2", Role.BUYER), NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A staff account on either side of a dispute: it takes part as that side, and works no part of the case. */
    @Nested
    class WhenStaffAreAParty {

        // A supervisor who also shops files a complaint; the order's seller is a specialist's own shop account.
        private final Caller supervisorAsBuyer = Caller.of("lead1", Role.BUYER, Role.SUPERVISOR);
        private final Caller specialistAsSeller = Caller.of("specialist2", Role.SPECIALIST);
        private final DisputeCase own = DisputeCase.file(11,
                new Filing("O-9", new Party("lead1", PartySide.BUYER), new Party("specialist2", PartySide.SELLER),
                        new ComplaintText("never received the parcel", Map.of()), Money.parse("80", "CNY"),
                        Remedy.REFUND_ONLY, "en", 0),
                sure(ComplaintType.NOT_RECEIVED), priorities, sla, supervisorAsBuyer, NOW);

        @Test
        void theyStandOnTheCaseAsTheirSideOnly() {
            assertThat(own.standingOf(supervisorAsBuyer)).isEqualTo(Caller.of("lead1", Role.BUYER));
            // The seller's account holds no SELLER role; on this case it answers as the seller all the same.
            assertThat(own.standingOf(specialistAsSeller)).isEqualTo(Caller.of("specialist2", Role.SELLER));
            assertThat(own.standingOf(SPECIALIST)).isSameAs(SPECIALIST);
            assertThat(own.standingOf(BUYER)).isSameAs(BUYER);
            assertThat(own.standingOf(specialistAsSeller).isStaff()).isFalse();
            assertThat(own.drainUnsavedAudit().get(0).getActorRole()).as("filed as the buyer").isEqualTo(Role.BUYER);
        }

        @Test
        void theyCannotWorkTheirOwnDispute() {
            assertThatThrownBy(() -> own.correctClassification(specialistAsSeller, ComplaintType.OTHER, null,
                    "not my fault", priorities, sla, NOW))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("specialist2 is a party to case");
            assertThatThrownBy(() -> own.assignTo(specialistAsSeller, "specialist2", null, NOW))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("is a party");
            assertThatThrownBy(() -> own.assignTo(supervisorAsBuyer, "specialist1", "a friend", NOW))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("lead1 is a party");
            assertThatThrownBy(() -> own.requestInformation(supervisorAsBuyer, Obligor.RESPONDENT, "Why?", sla, NOW))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("is a party");
            assertThatThrownBy(() -> own.checkCanVerify(specialistAsSeller))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("is a party");
            assertThat(own.getAssignee()).isNull();
            assertThat(own.getClassification().getType()).isEqualTo(ComplaintType.NOT_RECEIVED);
        }

        @Test
        void theirEvidenceIsTheirSidesAndCannotBeKeptFromTheOtherSide() {
            assertThat(own.evidenceSourceOf(specialistAsSeller)).isEqualTo(EvidenceSource.RESPONDENT);
            assertThat(own.evidenceSourceOf(supervisorAsBuyer)).isEqualTo(EvidenceSource.COMPLAINANT);
            assertThat(own.evidenceSourceOf(SPECIALIST)).isEqualTo(EvidenceSource.STAFF);
        }

        @Test
        void aColleagueWorksTheCase() {
            own.assignTo(SUPERVISOR, "specialist1", "conflict of interest", NOW);
            own.correctClassification(SPECIALIST, ComplaintType.SIGN_FOR_DISPUTE, null, "signed by a neighbour",
                    priorities, sla, NOW);

            assertThat(own.getAssignee()).isEqualTo("specialist1");
            assertThat(own.getClassification().getType()).isEqualTo(ComplaintType.SIGN_FOR_DISPUTE);
        }
    }
}
