package org.arbiter.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.arbiter.Defaults;
import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.DeadlineKind;
import org.arbiter.api.vocabulary.NoticeKind;
import org.arbiter.api.vocabulary.Obligor;
import org.arbiter.api.vocabulary.PartySide;
import org.arbiter.api.vocabulary.Priority;
import org.arbiter.api.vocabulary.Remedy;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.deadlines.CaseDeadline;
import org.arbiter.deadlines.DeadlineState;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ForbiddenException;
import org.arbiter.shared.InvalidRequestException;
import org.arbiter.shared.Money;
import org.junit.jupiter.api.Test;

/** What each clock does when its time comes, and the steps that stop, pause and resume clocks. */
class CaseClocksTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Caller BUYER = Caller.of("buyer1", Role.BUYER);
    private static final Caller SELLER = Caller.of("seller1", Role.SELLER);
    private static final Caller SPECIALIST = Caller.of("specialist1", Role.SPECIALIST);

    private final SlaPolicy sla = Defaults.sla();

    /** A NOT_RECEIVED complaint: HIGH, first response in 24 h, resolution in 48 h, respondent's window 72 h. */
    private DisputeCase filed() {
        Filing filing = new Filing("O-1", new Party("buyer1", PartySide.BUYER), new Party("seller1", PartySide.SELLER),
                new ComplaintText("never received the parcel", Map.of()), Money.parse("100", "CNY"),
                Remedy.REFUND_ONLY, "en", 0);
        ClassifierVerdict verdict = new ClassifierVerdict(List.of(new ScoredType(ComplaintType.NOT_RECEIVED, 0.9),
                new ScoredType(ComplaintType.OTHER, 0.1)), 0.45);
        DisputeCase filed = DisputeCase.file(11, filing, verdict, Defaults.priorities(), sla, BUYER, NOW);
        filed.drainUnsavedAudit();
        filed.drainUnsentNotices();
        return filed;
    }

    private static CaseDeadline clock(DisputeCase c, DeadlineKind kind) {
        return c.getAllDeadlines().stream().filter(d -> d.getKind() == kind).reduce((a, b) -> b).orElseThrow();
    }

    private static List<String> actions(DisputeCase c) {
        return c.drainUnsavedAudit().stream().map(AuditEntry::getAction).toList();
    }

    @Test
    void filingTellsTheRespondent() {
        Filing filing = new Filing("O-1", new Party("buyer1", PartySide.BUYER), new Party("seller1", PartySide.SELLER),
                new ComplaintText("never received the parcel", Map.of()), Money.parse("100", "CNY"), Remedy.REFUND_ONLY, "en", 0);
        DisputeCase filed = DisputeCase.file(12, filing, new ClassifierVerdict(List.of(new ScoredType(ComplaintType.NOT_RECEIVED, 0.9)), 0.45),
                Defaults.priorities(), sla, BUYER, NOW);

        assertThat(filed.drainUnsentNotices()).singleElement().satisfies(notice -> {
            assertThat(notice.recipient()).isEqualTo(Recipient.user("seller1"));
            assertThat(notice.kind()).isEqualTo(NoticeKind.COMPLAINT_FILED);
        });
    }

    @Test
    void nothingHappensBeforeTheFirstActionIsDue() {
        DisputeCase c = filed();

        assertThat(c.runDueClocks(NOW.plus(Duration.ofHours(11)), sla)).isZero();
        assertThat(c.drainUnsavedAudit()).isEmpty();
        assertThat(c.nextActionAt()).contains(NOW.plus(Duration.ofHours(12)));
    }

    /** Before a step on the case only what is overdue acts: a reminder of a window the step may close is not sent. */
    @Test
    void beforeAStepOnlyClocksWhoseTimeIsUpAct() {
        DisputeCase c = filed();

        assertThat(c.runOverdueClocks(NOW.plus(Duration.ofHours(13)), sla)).as("half the first response gone").isZero();
        assertThat(c.drainUnsavedAudit()).isEmpty();
        assertThat(c.drainUnsentNotices()).isEmpty();

        assertThat(c.runOverdueClocks(NOW.plus(Duration.ofHours(25)), sla)).isEqualTo(1);
        assertThat(actions(c)).containsExactly("DEADLINE_MISSED", "ESCALATED");
        assertThat(clock(c, DeadlineKind.FIRST_RESPONSE).getState()).isEqualTo(DeadlineState.EXPIRED);
        assertThat(clock(c, DeadlineKind.RESOLUTION).getState()).as("at 52% of its window, not reminded")
                .isEqualTo(DeadlineState.RUNNING);
        assertThat(clock(c, DeadlineKind.RESOLUTION).getRemindersSent()).isZero();
    }

    @Test
    void whoeverOwesAStepIsRemindedByTheSystem() {
        DisputeCase c = filed();

        int taken = c.runDueClocks(NOW.plus(Duration.ofHours(12)), sla);

        assertThat(taken).isEqualTo(1);
        List<AuditEntry> trail = c.drainUnsavedAudit();
        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("REMINDER");
            assertThat(entry.getActorRole()).isEqualTo(Role.SYSTEM);
            assertThat(entry.getDetail()).contains("FIRST_RESPONSE").contains("50%");
        });
        assertThat(c.drainUnsentNotices()).singleElement().extracting(CaseNotice::recipient).isEqualTo(Recipient.level(1));
    }

    @Test
    void theRespondentsWindowClosingSendsTheCaseToReviewAndTellsBothParties() {
        DisputeCase c = filed();
        c.runDueClocks(NOW.plus(Duration.ofHours(71)), sla);
        actions(c);
        c.drainUnsentNotices();

        c.runDueClocks(NOW.plus(Duration.ofHours(72)), sla);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.UNDER_REVIEW);
        assertThat(actions(c)).contains("RESPONDENT_WINDOW_CLOSED");
        assertThat(c.drainUnsentNotices()).filteredOn(n -> n.kind() == NoticeKind.RESPONDENT_WINDOW_CLOSED)
                .extracting(CaseNotice::recipient).containsExactlyInAnyOrder(Recipient.user("buyer1"), Recipient.user("seller1"));
        assertThat(clock(c, DeadlineKind.RESPONDENT_EVIDENCE).getState()).isEqualTo(DeadlineState.EXPIRED);
    }

    @Test
    void anEscalatedCasesAssigneeHearsWhatTheLevelsTeamHears() {
        DisputeCase c = filed();
        c.assignTo(SPECIALIST, "specialist1", null, NOW.plusSeconds(60));
        c.drainUnsentNotices();

        // Taking the case met the first response; the resolution is missed at 48 h.
        c.runDueClocks(NOW.plus(Duration.ofHours(48)), sla);
        assertThat(c.drainUnsentNotices()).filteredOn(n -> n.kind() == NoticeKind.ESCALATED)
                .extracting(CaseNotice::recipient)
                .containsExactlyInAnyOrder(Recipient.level(2), Recipient.user("specialist1"));

        // The L2 window's reminders (half of its 48 h) reach both as well.
        c.runDueClocks(NOW.plus(Duration.ofHours(48 + 24)), sla);
        assertThat(c.drainUnsentNotices()).filteredOn(n -> n.kind() == NoticeKind.REMINDER)
                .extracting(CaseNotice::recipient).contains(Recipient.level(2), Recipient.user("specialist1"));
    }

    @Test
    void aMissedPlatformDeadlineEscalatesLevelByLevelUpToTheSupervisor() {
        DisputeCase c = filed();

        c.runDueClocks(NOW.plus(Duration.ofHours(24)), sla);
        assertThat(c.getEscalationLevel()).isEqualTo(2);
        assertThat(actions(c)).contains("DEADLINE_MISSED", "ESCALATED");
        CaseDeadline l2 = clock(c, DeadlineKind.ESCALATION);
        assertThat(l2.getDueAt()).isEqualTo(NOW.plus(Duration.ofHours(24 + 48)));
        assertThat(c.drainUnsentNotices()).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.ESCALATED);
            assertThat(n.recipient()).isEqualTo(Recipient.level(2));
            // The level's window is for resolving the case (DESIGN.md §3), and the notice gives its end.
            assertThat(n.text()).isEqualTo(NoticeText.of("escalated", c.getCaseNumber().value(), "L2",
                    DeadlineKind.FIRST_RESPONSE, l2.getDueAt()));
        });

        // RESOLUTION misses at 48 h: the case goes to L3 and the L2 clock is superseded.
        c.runDueClocks(NOW.plus(Duration.ofHours(48)), sla);
        assertThat(c.getEscalationLevel()).isEqualTo(3);
        assertThat(l2.isActive()).isFalse();
        assertThat(clock(c, DeadlineKind.ESCALATION).getDueAt()).isEqualTo(NOW.plus(Duration.ofHours(48 + 72)));

        c.runDueClocks(NOW.plus(Duration.ofHours(48 + 72)), sla);
        assertThat(c.getEscalationLevel()).as("L3 is the top").isEqualTo(3);
        assertThat(c.drainUnsentNotices()).filteredOn(n -> n.kind() == NoticeKind.DEADLINE_MISSED)
                .extracting(CaseNotice::recipient).contains(Recipient.level(3));
    }

    @Test
    void aStatementMeetsTheRespondentsWindowSoItNeverFires() {
        DisputeCase c = filed();

        c.respondWithStatement(SELLER, "The parcel was delivered to the locker the buyer chose.", NOW.plusSeconds(60));

        assertThat(c.getStatus()).isEqualTo(CaseStatus.UNDER_REVIEW);
        assertThat(clock(c, DeadlineKind.RESPONDENT_EVIDENCE).getState()).isEqualTo(DeadlineState.MET);
        assertThat(c.drainUnsavedMessages()).singleElement().extracting(CaseMessage::getAuthor).isEqualTo("seller1");
        c.runDueClocks(NOW.plus(Duration.ofHours(72)), sla);
        assertThat(actions(c)).doesNotContain("RESPONDENT_WINDOW_CLOSED");
        assertThatThrownBy(() -> c.respondWithStatement(BUYER, "me too", NOW)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void withdrawingCancelsEveryClock() {
        DisputeCase c = filed();

        c.withdraw(BUYER, "the parcel turned up", NOW.plusSeconds(60));

        assertThat(c.getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(c.getActiveDeadlines()).isEmpty();
        assertThat(c.getOpenKey()).isNull();
        assertThat(c.getNextDeadlineAt()).isEqualTo(DisputeCase.NO_DEADLINE);
        assertThat(c.runDueClocks(NOW.plus(Duration.ofDays(10)), sla)).isZero();
        assertThatThrownBy(() -> c.withdraw(BUYER, "again", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> filed().withdraw(SELLER, "not mine", NOW)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aReasonOfInvisibleCharactersIsNoReason() {
        DisputeCase c = filed();

        c.withdraw(BUYER, "\u00A0\u200B\u3000", NOW.plusSeconds(60));

        assertThat(c.drainUnsavedAudit()).filteredOn(entry -> entry.getAction().equals("WITHDRAWN"))
                .singleElement().extracting(AuditEntry::getDetail).isEqualTo("withdrawn");
    }

    @Test
    void aQuestionPausesThePlatformsClocksAndTheAnswerResumesThemWithTheTimeLeft() {
        DisputeCase c = filed();
        Instant asked = NOW.plus(Duration.ofHours(10));

        c.requestInformation(SPECIALIST, Obligor.COMPLAINANT, "Please send a photo of the empty locker.", sla, asked);

        assertThat(clock(c, DeadlineKind.FIRST_RESPONSE).getState()).as("asking is a first response").isEqualTo(DeadlineState.MET);
        CaseDeadline resolution = clock(c, DeadlineKind.RESOLUTION);
        assertThat(resolution.getState()).isEqualTo(DeadlineState.PAUSED);
        assertThat(resolution.getRemaining()).isEqualTo(Duration.ofHours(38));
        assertThat(clock(c, DeadlineKind.RESPONDENT_EVIDENCE).isRunning()).as("the other party's clock runs on").isTrue();
        CaseDeadline question = clock(c, DeadlineKind.INFORMATION_REQUEST);
        assertThat(question.getObligor()).isEqualTo(Obligor.COMPLAINANT);
        assertThat(question.getDueAt()).isEqualTo(asked.plus(Duration.ofHours(48)));
        assertThat(c.drainUnsentNotices()).anySatisfy(n -> assertThat(n.recipient()).isEqualTo(Recipient.user("buyer1")));

        Instant answered = asked.plus(Duration.ofHours(5));
        c.answerInformationRequest(BUYER, "Photo attached.", sla, answered);

        assertThat(question.getState()).isEqualTo(DeadlineState.MET);
        assertThat(resolution.getState()).isEqualTo(DeadlineState.RUNNING);
        assertThat(resolution.getDueAt()).isEqualTo(answered.plus(Duration.ofHours(38)));
    }

    @Test
    void aNewPriorityKeepsTheTimeTheClocksWerePaused() {
        DisputeCase c = filed();
        Instant asked = NOW.plus(Duration.ofHours(10));
        c.requestInformation(SPECIALIST, Obligor.COMPLAINANT, "Please send a photo of the empty locker.", sla, asked);
        c.answerInformationRequest(BUYER, "Photo attached.", sla, asked.plus(Duration.ofHours(5)));

        c.correctClassification(SPECIALIST, null, Priority.URGENT, "the buyer's funds are at risk", Defaults.priorities(),
                sla, asked.plus(Duration.ofHours(6)));

        // The urgent window from filing, plus the five hours the case waited on the buyer.
        assertThat(clock(c, DeadlineKind.RESOLUTION).getDueAt())
                .isEqualTo(sla.resolutionDue(Priority.URGENT, NOW).plus(Duration.ofHours(5)));
    }

    @Test
    void evidenceFromTheAskedPartyAnswersTheQuestionAndNobodyElsesDoes() {
        DisputeCase c = filed();
        c.requestInformation(SPECIALIST, Obligor.COMPLAINANT, "Please send a photo of the empty locker.", sla, NOW);
        CaseDeadline question = clock(c, DeadlineKind.INFORMATION_REQUEST);

        assertThat(c.evidenceSubmitted(SELLER, "#7 PHOTO: the locker station", sla, NOW.plusSeconds(60))).isFalse();
        assertThat(question.getState()).as("the seller was not asked").isEqualTo(DeadlineState.RUNNING);
        assertThat(clock(c, DeadlineKind.RESOLUTION).getState()).isEqualTo(DeadlineState.PAUSED);

        c.drainUnsavedMessages();
        assertThat(c.evidenceSubmitted(BUYER, "Answered with photo #8: the empty locker", sla, NOW.plusSeconds(120)))
                .as("the answer").isTrue();
        assertThat(c.drainUnsavedMessages()).extracting(CaseMessage::getText).as("written as given, in the case's language")
                .containsExactly("Answered with photo #8: the empty locker");
        assertThat(question.getState()).isEqualTo(DeadlineState.MET);
        assertThat(clock(c, DeadlineKind.RESOLUTION).getState()).isEqualTo(DeadlineState.RUNNING);
        assertThat(actions(c)).contains("INFORMATION_RECEIVED");

        assertThat(c.evidenceSubmitted(BUYER, "#9 PHOTO: another angle", sla, NOW.plusSeconds(180))).isFalse();
        assertThat(clock(c, DeadlineKind.RESOLUTION).getState()).as("nothing waits any more").isEqualTo(DeadlineState.RUNNING);
    }

    @Test
    void anUnansweredQuestionResumesTheClocksWhenItsWindowEnds() {
        DisputeCase c = filed();
        c.requestInformation(SPECIALIST, Obligor.RESPONDENT, "Who signed for the parcel?", sla, NOW);

        c.runDueClocks(NOW.plus(Duration.ofHours(48)), sla);

        assertThat(clock(c, DeadlineKind.INFORMATION_REQUEST).getState()).isEqualTo(DeadlineState.EXPIRED);
        assertThat(clock(c, DeadlineKind.RESOLUTION).getState()).isEqualTo(DeadlineState.RUNNING);
        assertThat(actions(c)).contains("INFORMATION_REQUEST_EXPIRED");
    }

    @Test
    void onlyStaffAskAndOnlyTheAskedPartyAnswers() {
        DisputeCase c = filed();
        // Staff are refused as staff whether or not a question waits: the role is checked before the state.
        assertThatThrownBy(() -> c.answerInformationRequest(SPECIALIST, "nothing asked", sla, NOW))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("questions are answered by the party they are put to; staff do not answer them");

        assertThatThrownBy(() -> c.requestInformation(BUYER, Obligor.RESPONDENT, "?", sla, NOW)).isInstanceOf(ForbiddenException.class);
        c.requestInformation(SPECIALIST, Obligor.RESPONDENT, "Who signed?", sla, NOW);
        assertThatThrownBy(() -> c.requestInformation(SPECIALIST, Obligor.COMPLAINANT, "And you?", sla, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> c.answerInformationRequest(BUYER, "not me", sla, NOW)).isInstanceOf(ForbiddenException.class)
                .hasMessage("the question waits on the respondent; only they answer it");
        assertThatThrownBy(() -> c.answerInformationRequest(SPECIALIST, "on their behalf", sla, NOW))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("questions are answered by the party they are put to; staff do not answer them");
    }

    @Test
    void takingTheCaseIsTheFirstResponse() {
        DisputeCase c = filed();

        c.assignTo(SPECIALIST, "specialist1", null, NOW.plusSeconds(600));

        assertThat(clock(c, DeadlineKind.FIRST_RESPONSE).getState()).isEqualTo(DeadlineState.MET);
        c.runDueClocks(NOW.plus(Duration.ofHours(24)), sla);
        assertThat(c.getEscalationLevel()).isEqualTo(1);
    }

    @Test
    void aPartyCannotBeAssignedAndTheFirstResponseClockKeepsRunning() {
        DisputeCase c = filed();
        Caller supervisor = Caller.of("supervisor1", Role.SUPERVISOR);

        for (String party : List.of("buyer1", "seller1")) {
            assertThatThrownBy(() -> c.assignTo(supervisor, party, "x", NOW)).as(party)
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                            .extracting(v -> v.field()).containsExactly("assignee"));
        }

        assertThat(c.getAssignee()).isNull();
        assertThat(clock(c, DeadlineKind.FIRST_RESPONSE).getState()).isEqualTo(DeadlineState.RUNNING);
    }
}
