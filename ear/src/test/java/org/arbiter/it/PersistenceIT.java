package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.UserTransaction;

import org.arbiter.api.classification.ClassificationCorrectionRequest;
import org.arbiter.api.integration.LogisticsDto;
import org.arbiter.api.integration.LogisticsEventRequest;
import org.arbiter.api.integration.OrderItemDto;
import org.arbiter.api.integration.OrderSnapshotRequest;
import org.arbiter.api.intake.FileComplaintRequest;
import org.arbiter.api.intake.AcknowledgementReceipt;
import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.EvidenceMark;
import org.arbiter.api.vocabulary.LogisticsStatus;
import org.arbiter.api.vocabulary.PartySide;
import org.arbiter.api.vocabulary.Remedy;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.cases.CaseNumber;
import org.arbiter.cases.CaseQueue;
import org.arbiter.cases.CaseRepository;
import org.arbiter.cases.CaseSerials;
import org.arbiter.cases.ClassifierVerdict;
import org.arbiter.cases.ComplaintText;
import org.arbiter.cases.DisputeCase;
import org.arbiter.cases.DuplicateComplaintException;
import org.arbiter.cases.Filing;
import org.arbiter.cases.IllegalTransitionException;
import org.arbiter.cases.Party;
import org.arbiter.cases.PriorityPolicy;
import org.arbiter.cases.QueueCursor;
import org.arbiter.cases.QueueFilter;
import org.arbiter.cases.QueueRow;
import org.arbiter.classification.ClassificationService;
import org.arbiter.classification.ComplaintClassifier;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.evidence.EvidenceService;
import org.arbiter.evidence.EvidenceUploads;
import org.arbiter.idempotency.IdempotencyKeyTakenException;
import org.arbiter.idempotency.IdempotencyStore;
import org.arbiter.evidence.ResponseService;
import org.arbiter.intake.FiledComplaint;
import org.arbiter.intake.IntakeService;
import org.arbiter.integration.order.OrderFacts;
import org.arbiter.integration.order.OrderIntegrationService;
import org.arbiter.integration.logistics.LogisticsFacts;
import org.arbiter.integration.logistics.LogisticsPort;
import org.arbiter.integration.order.OrderPort;
import org.arbiter.notifications.NotificationService;
import org.arbiter.notifications.WebhookDeliveries;
import org.arbiter.notifications.WebhookDelivery;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ConflictException;
import org.arbiter.shared.Money;
import org.arbiter.shared.NotFoundException;
import org.arbiter.staff.StaffRoster;
import org.arbiter.verification.VerificationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The beans and the persistence inside the server, on the configured database (H2, or PostgreSQL in CI):
 * migrations, what a filing stores, the guards the database itself keeps, and the queue's keyset reads.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    /**
     * The real EAR with this test in its WAR, where Arquillian's servlet protocol runs it, and the SQL helper in
     * its EJB module, where the persistence unit is.
     */
    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.withTestInside(PersistenceIT.class, Database.class);
    }

    @Inject
    IntakeService intake;

    @Inject
    OrderIntegrationService orders;

    @Inject
    OrderPort orderPort;

    @Inject
    LogisticsPort logisticsPort;

    @Inject
    ClassificationService classification;

    @Inject
    ResponseService responses;

    @Inject
    EvidenceUploads uploads;

    @Inject
    EvidenceService evidence;

    @Inject
    VerificationService verification;

    @Inject
    CaseRepository cases;

    @Inject
    CaseSerials serials;

    @Inject
    CaseQueue queue;

    @Inject
    ComplaintClassifier classifier;

    @Inject
    PriorityPolicy priorities;

    @Inject
    SlaPolicy sla;

    @Inject
    Clock clock;

    @Inject
    Database db;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    StaffRoster staff;

    @Inject
    WebhookDeliveries webhooks;

    @Inject
    NotificationService notifications;

    @Resource
    UserTransaction tx;

    private static final Caller PLATFORM = Caller.of("platform-it", Role.PLATFORM);

    private static String unique(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 13);
    }

    private String pushOrder(String buyer, String seller) {
        String orderId = unique("O");
        orders.push(PLATFORM, new OrderSnapshotRequest(orderId, buyer, seller, "500.00", "CNY", clock.instant(),
                List.of(new OrderItemDto("SKU-1", "Teapot", 2, "250.00")), null));
        return orderId;
    }

    @Test
    void aStaffSignInMakesTheAccountKnownWithTheRolesItLastHad() {
        String user = unique("spec");

        assertThat(staff.mayWorkCases(user)).isFalse();
        staff.signedIn(user, Set.of(Role.SPECIALIST));
        assertThat(staff.mayWorkCases(user)).isTrue();
        staff.signedIn(user, Set.of(Role.RISK_REVIEWER));
        assertThat(staff.mayWorkCases(user)).as("moved to risk review").isFalse();
        staff.signedIn(user, Set.of(Role.BUYER));
        assertThat(staff.find(user)).as("signed in without a staff role: no longer staff").isEmpty();

        String buyer = unique("buyer");
        staff.signedIn(buyer, Set.of(Role.BUYER));
        assertThat(staff.find(buyer)).as("parties are not recorded").isEmpty();
        assertThat(staff.mayWorkCases("specialist2")).as("listed by the demo configuration").isTrue();
    }

    @Test
    void onlyTheKeysOwnConstraintReadsAsARequestSeenBefore() throws Exception {
        String key = unique("key");
        tx.begin();
        idempotency.remember("buyer1", "it-operation", key, "hash-1", 201, "/x", Map.of("answer", 1));
        tx.commit();

        tx.begin();
        try {
            assertThatThrownBy(() -> idempotency.remember("buyer1", "it-operation", key, "hash-1", 201, "/x",
                    Map.of("answer", 2))).isInstanceOf(IdempotencyKeyTakenException.class);
        } finally {
            tx.rollback();
        }
        // A caller id longer than its column fails the insert too, but it is no earlier request to answer with.
        tx.begin();
        try {
            assertThatThrownBy(() -> idempotency.remember("u".repeat(65), "it-operation", unique("key"), "hash-1", 201,
                    "/x", Map.of("answer", 3))).isInstanceOf(PersistenceException.class)
                    .isNotInstanceOf(IdempotencyKeyTakenException.class);
        } finally {
            tx.rollback();
        }
    }

    @Test
    void theSchemaIsMigratedByFlyway() {
        Object success = db.value("select \"success\" from \"flyway_schema_history\" where \"version\" = '1'");

        assertThat(success).isIn(true, Boolean.TRUE, 1);
    }

    @Test
    void aFilingStoresTheCaseItsClocksAndItsAuditTrail() throws Exception {
        String buyer = unique("buyer");
        String order = pushOrder(buyer, unique("seller"));

        FiledComplaint filed = intake.file(Caller.of(buyer, Role.BUYER), null, new FileComplaintRequest(order,
                "The teapot lid does not fit and the spout leaks.", "250.00", "CNY", Remedy.RETURN_AND_REFUND, "en"));

        String number = filed.receipt().caseNumber();
        long id = ((Number) db.value("select id from dispute_case where case_number = ?1", number)).longValue();
        List<?> clocks = db.rows("select kind from case_deadline where case_id = ?1 and state = 'RUNNING'", id);
        List<?> trail = db.rows("select seq from case_audit_entry where case_id = ?1 order by seq", id);
        assertThat(clocks).hasSize(filed.receipt().deadlines().size()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(trail).extracting(n -> ((Number) n).longValue()).startsWith(1L, 2L);
        tx.begin();
        try {
            DisputeCase stored = cases.find(CaseNumber.parse(number).orElseThrow()).orElseThrow();
            assertThat(stored.getClaim().getClaimed()).isEqualTo(Money.parse("250", "CNY"));
            assertThat(stored.getRunningDeadlines()).hasSize(clocks.size());
        } finally {
            tx.rollback();
        }
    }

    /**
     * A case whose due action throws (here: a stored case number that no longer parses) is set aside for the
     * configured retry time; a case that came due with it in the same sweep still gets its action.
     */
    @Test
    void aCaseWhoseActionFailsIsSetAsideAndHoldsUpNoOtherCase() throws Exception {
        long broken = filedCaseId();
        long healthy = filedCaseId();
        db.update("update dispute_case set case_number = ?1 where id = ?2", "AR-BROKEN-" + broken, broken);
        Instant due = clock.instant().minusSeconds(1);
        db.update("update case_deadline set next_action_at = ?1 where kind = 'FIRST_RESPONSE' and case_id in (?2, ?3)",
                due, broken, healthy);

        Instant giveUp = clock.instant().plusSeconds(30);
        while (systemEntries(healthy) == 0 && clock.instant().isBefore(giveUp)) {
            Thread.sleep(200);
        }

        assertThat(systemEntries(healthy)).as("the healthy case's reminder").isPositive();
        assertThat(systemEntries(broken)).isZero();
        Instant setAsideUntil = instant(db.value("select next_action_at from case_deadline"
                + " where kind = 'FIRST_RESPONSE' and case_id = ?1 and state = 'RUNNING'", broken));
        assertThat(setAsideUntil).isAfter(due.plusSeconds(30));
    }

    private long filedCaseId() {
        String buyer = unique("buyer");
        FiledComplaint filed = intake.file(Caller.of(buyer, Role.BUYER), null, new FileComplaintRequest(
                pushOrder(buyer, unique("seller")), "The kettle stopped heating after two days of use.", "100.00", "CNY",
                Remedy.RETURN_AND_REFUND, "en"));
        return ((Number) db.value("select id from dispute_case where case_number = ?1", filed.receipt().caseNumber())).longValue();
    }

    /** A timestamp column as the driver hands it over: H2 and PostgreSQL differ. */
    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    private long systemEntries(long caseId) {
        return ((Number) db.value("select count(*) from case_audit_entry where case_id = ?1 and actor_role = 'SYSTEM'"
                + " and action in ('REMINDER', 'DEADLINE_MISSED')", caseId)).longValue();
    }

    @Test
    void theOrderPortAnswersFromTheStoredSnapshot() {
        String order = pushOrder("b-port", "s-port");

        OrderFacts facts = orderPort.find(order).orElseThrow();

        assertThat(facts.amount()).isEqualTo(Money.parse("500", "CNY"));
        assertThat(facts.sideOf("s-port")).contains(PartySide.SELLER);
        assertThat(facts.sideOf("someone")).isEmpty();
        assertThat(orderPort.find("O-never-pushed")).isEmpty();
    }

    /** The COMPLAINT_FILED notice a new case sends its respondent, by id. */
    private long noticeToTheRespondent(String seller) {
        String buyer = unique("buyer");
        intake.file(Caller.of(buyer, Role.BUYER), null, new FileComplaintRequest(pushOrder(buyer, seller),
                "The kettle stopped heating after two days of use.", "100.00", "CNY", Remedy.RETURN_AND_REFUND, "en"));
        return ((Number) db.value("select id from notification where recipient = ?1", seller)).longValue();
    }

    /**
     * A sender whose lease ran out (it was slow, another node took the notification) records nothing: a late
     * failure would send a delivered notice again, a late success would end another node's attempt.
     */
    @Test
    void aWebhookSenderRecordsNothingOnceItsLeaseWasTakenOver() throws Exception {
        long id = noticeToTheRespondent(unique("seller"));
        db.update("update notification set webhook_state = 'PENDING', webhook_attempts = 0, webhook_next_attempt_at = ?1 "
                + "where id = ?2", clock.instant().minusSeconds(1), id);

        WebhookDeliveries.Leased slow = webhooks.lease(10);
        assertThat(slow.deliveries()).extracting(WebhookDelivery::id).contains(id);
        // The lease runs out, another node takes the notification and delivers it.
        db.update("update notification set webhook_next_attempt_at = ?1 where id = ?2", clock.instant().minusSeconds(1), id);
        WebhookDeliveries.Leased other = webhooks.lease(10);
        assertThat(other.deliveries()).extracting(WebhookDelivery::id).contains(id);
        assertThat(other.until()).isNotEqualTo(slow.until());

        webhooks.failed(id, slow.until(), "the receiver answered 503");
        assertThat(((Number) db.value("select webhook_attempts from notification where id = ?1", id)).intValue()).isZero();
        webhooks.delivered(id, other.until());
        webhooks.failed(id, slow.until(), "the receiver answered 503");

        assertThat(db.value("select webhook_state from notification where id = ?1", id)).isEqualTo("DELIVERED");
        assertThat(((Number) db.value("select webhook_attempts from notification where id = ?1", id)).intValue()).isEqualTo(1);
        assertThat(db.value("select webhook_last_error from notification where id = ?1", id)).isNull();
    }

    /** A marketplace user whose id reads like a team's address gets their own notices, never the team's. */
    @Test
    void aUserNamedLikeATeamReadsOnlyTheirOwnNotices() throws Exception {
        String user = "team:L3";
        long caseId = filedCaseId();
        long teamNotice = 8_000_000_000L + (long) (Math.random() * 1_000_000_000L);
        long ownNotice = teamNotice + 1;
        for (long id : List.of(teamNotice, ownNotice)) {
            db.update("insert into notification (id, recipient, for_team, case_id, case_number, kind, message, created_at,"
                    + " webhook_state, webhook_attempts) select ?1, ?2, ?3, id, case_number, 'ESCALATED', ?4, ?5, 'NONE', 0"
                    + " from dispute_case where id = ?6", id, user, id == teamNotice,
                    id == teamNotice ? "for the supervisors" : "for the user", clock.instant(), caseId);
        }
        String caseNumber = (String) db.value("select case_number from dispute_case where id = ?1", caseId);

        List<Long> theUsers = new ArrayList<>();
        notifications.inbox(Caller.of(user, Role.SELLER), null, "100", null, caseNumber).items()
                .forEach(n -> theUsers.add(n.id()));
        List<String> supervisors = new ArrayList<>();
        notifications.inbox(Caller.of("supervisor1", Role.SUPERVISOR), null, "100", null, caseNumber).items()
                .forEach(n -> supervisors.add(n.id() + ":" + n.team()));

        assertThat(theUsers).containsExactly(ownNotice);
        assertThat(supervisors).contains(teamNotice + ":L3").doesNotContain(ownNotice + ":null");
        assertThatThrownBy(() -> notifications.markRead(Caller.of(user, Role.SELLER), teamNotice))
                .isInstanceOf(NotFoundException.class);
    }

    /** Marking a notice read writes its read time alone: a delivery recorded meanwhile stays recorded. */
    @Test
    void markingANoticeReadKeepsADeliveryRecordedMeanwhile() throws Exception {
        String seller = unique("seller");
        long id = noticeToTheRespondent(seller);
        db.update("update notification set webhook_state = 'SENDING' where id = ?1", id);

        tx.begin();
        try {
            notifications.markRead(Caller.of(seller, Role.SELLER), id);
            // The sender, in a transaction of its own, records the delivery before the reader commits.
            ExecutorService sender = Executors.newSingleThreadExecutor();
            try {
                sender.submit(() -> db.update("update notification set webhook_state = 'DELIVERED' where id = ?1", id))
                        .get();
            } finally {
                sender.shutdown();
            }
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
        tx.commit();

        assertThat(db.value("select webhook_state from notification where id = ?1", id)).isEqualTo("DELIVERED");
        assertThat(db.value("select read_at from notification where id = ?1", id)).isNotNull();
    }

    /**
     * A step after its deadline meets the case as the deadline left it, even before the engine came round to the
     * clock: the clock is made overdue inside the test's own transaction, where the engine cannot see it.
     */
    @Test
    void aStatementAfterTheRespondentsWindowMeetsTheCaseTheWindowMovedOn() throws Exception {
        String buyer = unique("buyer");
        String seller = unique("seller");
        String orderId = pushOrder(buyer, seller);
        AcknowledgementReceipt receipt = intake.file(Caller.of(buyer, Role.BUYER), null, new FileComplaintRequest(orderId,
                "The teapot arrived broken, the box was crushed on one side.", "80.00", "CNY", Remedy.REFUND_ONLY, "en"))
                .receipt();
        String number = receipt.caseNumber();
        if (receipt.awaitingClassification()) {
            classification.correct(Caller.of("specialist1", Role.SPECIALIST), number,
                    new ClassificationCorrectionRequest(ComplaintType.DAMAGED, null, "broken in transit"));
        }
        long id = ((Number) db.value("select id from dispute_case where case_number = ?1", number)).longValue();
        Instant closedAt = clock.instant().minusSeconds(60);

        tx.begin();
        try {
            db.update("update case_deadline set due_at = ?1, next_action_at = ?1, next_action = 'EXPIRE' "
                    + "where case_id = ?2 and kind = 'RESPONDENT_EVIDENCE'", closedAt, id);
            assertThatThrownBy(() -> responses.respond(Caller.of(seller, Role.SELLER), number, "It left us intact."))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("UNDER_REVIEW");
        } finally {
            tx.rollback();
        }

        tx.begin();
        try {
            // Before its due time the same statement is taken, and the window is met.
            responses.respond(Caller.of(seller, Role.SELLER), number, "It left us intact.");
            assertThat(db.value("select state from case_deadline where case_id = ?1 and kind = 'RESPONDENT_EVIDENCE'", id))
                    .isEqualTo("MET");
        } finally {
            tx.rollback();
        }
    }

    /**
     * The ruling gate in the server, on the built-in order and logistics adapters: refused before the checks ran,
     * refused while evidence is unmarked, passed once the report is complete, refused again when a logistics
     * event arrives after the run.
     */
    @Test
    void theRulingGateRefusesAnIncompleteOrStaleReportAndPassesACompleteOne() throws Exception {
        String buyer = unique("buyer");
        String seller = unique("seller");
        String orderId = unique("O");
        Instant paid = clock.instant().minus(Duration.ofDays(3));
        orders.push(PLATFORM, new OrderSnapshotRequest(orderId, buyer, seller, "80.00", "CNY", paid,
                List.of(new OrderItemDto("SKU-1", "Ceramic vase", 1, "80.00")),
                new LogisticsDto("SF", "SF9", LogisticsStatus.DELIVERED, paid.plus(Duration.ofDays(1)),
                        paid.plus(Duration.ofDays(2)), "丰巢快递柜")));
        AcknowledgementReceipt receipt = intake.file(Caller.of(buyer, Role.BUYER), null, new FileComplaintRequest(orderId,
                "The vase arrived broken, the box was crushed on one side.", "80.00", "CNY", Remedy.REFUND_ONLY, "en"))
                .receipt();
        String number = receipt.caseNumber();
        Caller specialist = Caller.of("specialist1", Role.SPECIALIST);
        if (receipt.awaitingClassification()) {
            classification.correct(specialist, number, new ClassificationCorrectionRequest(ComplaintType.DAMAGED, null,
                    "broken in transit"));
        }

        assertThat(gate(number)).contains("the checks have not been run");

        responses.respond(Caller.of(seller, Role.SELLER), number, "Packed in foam; it left the warehouse intact.");
        long chat = uploads.upload(Caller.of(buyer, Role.BUYER), number, "CHAT_LOG", "the seller's answers", null, null,
                new ByteArrayInputStream("the box was crushed when I opened the locker".getBytes(StandardCharsets.UTF_8)))
                .id();
        verification.run(specialist, number);
        assertThat(gate(number)).contains("evidence #" + chat + " is not marked verified, disputed or rejected")
                .doesNotContain("have not been run");

        evidence.mark(specialist, number, String.valueOf(chat), EvidenceMark.VERIFIED, "matches the photos");
        assertThat(gate(number)).isNull();

        orders.recordLogisticsEvent(PLATFORM, orderId, new LogisticsEventRequest(LogisticsStatus.RETURNED,
                clock.instant(), "Hangzhou", "returned to the seller", null));
        assertThat(gate(number)).contains("the logistics trace").contains("after the last run of the checks");
        LogisticsFacts parcel = logisticsPort.find(orderId).orElseThrow();
        assertThat(parcel.status()).isEqualTo(LogisticsStatus.RETURNED);
        assertThat(parcel.signedBy()).isEqualTo("丰巢快递柜");
        assertThat(parcel.trace()).extracting(LogisticsFacts.Scan::status).containsExactly(LogisticsStatus.RETURNED);
    }

    /** What the ruling gate says about the case: null when it lets it through, else the conflict's message. */
    private String gate(String number) throws Exception {
        tx.begin();
        try {
            verification.requireComplete(cases.find(CaseNumber.parse(number).orElseThrow()).orElseThrow());
            return null;
        } catch (ConflictException refused) {
            return refused.getMessage();
        } finally {
            tx.rollback();
        }
    }

    @Test
    void caseSerialsAreUniqueUnderConcurrency() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Long>>> draws = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                draws.add(() -> {
                    List<Long> drawn = new ArrayList<>();
                    for (int i = 0; i < 150; i++) {
                        drawn.add(serials.next());
                    }
                    return drawn;
                });
            }
            Set<Long> all = Collections.synchronizedSet(new HashSet<>());
            for (Future<List<Long>> drawn : pool.invokeAll(draws)) {
                all.addAll(drawn.get());
            }
            assertThat(all).hasSize(600);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDatabaseRefusesASecondOpenCaseForTheSameComplaintEvenWithoutThePreCheck() throws Exception {
        String buyer = unique("buyer");
        String seller = unique("seller");
        String order = pushOrder(buyer, seller);
        Caller complainant = Caller.of(buyer, Role.BUYER);

        tx.begin();
        try {
            cases.add(newCase(order, buyer, seller, complainant, "first wording of the complaint"));
        } finally {
            tx.commit();
        }
        tx.begin();
        try {
            assertThatThrownBy(() -> cases.add(newCase(order, buyer, seller, complainant, "second wording, same type")))
                    .isInstanceOf(DuplicateComplaintException.class);
        } finally {
            tx.rollback();
        }
    }

    private DisputeCase newCase(String order, String buyer, String seller, Caller complainant, String text) {
        Filing filing = new Filing(order, new Party(buyer, PartySide.BUYER), new Party(seller, PartySide.SELLER),
                new ComplaintText(text, Map.of()), Money.parse("10", "CNY"), Remedy.REFUND_ONLY, "en", 0);
        ClassifierVerdict verdict = classifier.classify("The parcel never arrived.");
        return DisputeCase.file(serials.next(), filing, verdict, priorities, sla, complainant, clock.instant());
    }

    @Test
    void theQueueWalksEveryCaseOnceInDeadlineOrderWithKeysetCursors() throws Exception {
        String buyer = unique("buyer");
        String seller = unique("seller");
        Set<String> filed = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            String order = pushOrder(buyer, seller);
            filed.add(intake.file(Caller.of(buyer, Role.BUYER), null, new FileComplaintRequest(order,
                    "Complaint number " + i + ": the item is damaged and scratched.", "100.00", "CNY",
                    Remedy.REFUND_ONLY, "en")).receipt().caseNumber());
        }

        List<QueueRow> walked = new ArrayList<>();
        QueueCursor cursor = null;
        do {
            List<QueueRow> page = queue.partyPage(seller, QueueFilter.none(), cursor, 7);
            walked.addAll(page);
            cursor = page.size() < 7 ? null : page.get(page.size() - 1).cursor(QueueFilter.none());
        } while (cursor != null);

        assertThat(walked).extracting(QueueRow::caseNumber).containsExactlyInAnyOrderElementsOf(filed);
        for (int i = 1; i < walked.size(); i++) {
            QueueRow before = walked.get(i - 1);
            QueueRow row = walked.get(i);
            assertThat(row.nextDeadlineAt().isAfter(before.nextDeadlineAt())
                    || row.nextDeadlineAt().equals(before.nextDeadlineAt()) && row.id() > before.id()).isTrue();
        }
    }
}
