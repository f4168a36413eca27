package org.arbiter.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.EvidenceKind;
import org.arbiter.api.vocabulary.EvidenceSource;
import org.arbiter.api.vocabulary.FindingSeverity;
import org.arbiter.api.vocabulary.LogisticsStatus;
import org.arbiter.api.vocabulary.VerificationCheck;
import org.arbiter.integration.logistics.LogisticsFacts;
import org.arbiter.integration.order.OrderFacts;
import org.arbiter.integration.payment.PaymentFacts;
import org.arbiter.shared.Money;
import org.junit.jupiter.api.Test;

/** Each check of evidence-chain verification, raising its finding exactly when its facts say so. */
class EvidenceChecksTest {

    private static final Instant PAID = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant SIGNED = Instant.parse("2026-11-04T10:00:00Z");
    private static final Instant FILED = Instant.parse("2026-11-06T09:00:00Z");
    private static final ProtectionPolicy POLICY =
            new ProtectionPolicy(Period.ofDays(15), Period.ofDays(90), List.of("locker", "快递柜"));

    private final EvidenceChecks checks = new EvidenceChecks(POLICY);

    /** An order as the order and logistics ports tell of it: no parcel, or one signed for at that time. */
    private record Sold(OrderFacts order, Optional<LogisticsFacts> logistics) {
    }

    private static Sold order(String signedBy, Instant signedAt) {
        LogisticsFacts logistics = signedAt == null ? null
                : new LogisticsFacts("O-1", "SF", "SF123", LogisticsStatus.DELIVERED, PAID.plus(Duration.ofDays(1)),
                signedAt, signedBy, List.of(), signedAt);
        return new Sold(new OrderFacts("O-1", "buyer1", "seller1", Money.parse("199.00", "CNY"), PAID, PAID),
                Optional.ofNullable(logistics));
    }

    private static PaymentFacts payment() {
        return new PaymentFacts("O-1", Money.parse("199.00", "CNY"), PAID, PAID);
    }

    private static CaseFacts facts(ComplaintType type, Instant filed, String claimed, Sold sold,
                                   List<CheckedEvidence> evidence, Instant respondentMissed) {
        return new CaseFacts(type, filed, Money.parse(claimed, "CNY"), Optional.of(sold.order()), sold.logistics(),
                Optional.of(payment()), evidence, Optional.ofNullable(respondentMissed));
    }

    private static CheckedEvidence photo(long id, Instant capturedAt) {
        return new CheckedEvidence(id, EvidenceKind.PHOTO, EvidenceSource.COMPLAINANT, FILED, capturedAt, null,
                List.of());
    }

    private static List<VerificationCheck> checksOf(List<Finding> findings) {
        return findings.stream().map(Finding::check).toList();
    }

    @Test
    void aCleanCaseRaisesNothing() {
        List<Finding> findings = checks.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("locker #12", SIGNED),
                List.of(photo(1, SIGNED.plus(Duration.ofHours(2)))), null));

        assertThat(findings).isEmpty();
    }

    @Test
    void notReceivedAgainstASignedDeliveryIsHigh() {
        List<Finding> findings = checks.run(facts(ComplaintType.NOT_RECEIVED, FILED, "199.00", order("buyer1", SIGNED),
                List.of(), null));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(VerificationCheck.NOT_RECEIVED_BUT_SIGNED);
            assertThat(f.severity()).isEqualTo(FindingSeverity.HIGH);
            assertThat(f.fact()).contains("signed at " + SIGNED).contains("buyer1");
        });
    }

    @Test
    void findingsAboutTheClaimNameTheEvidenceThatBearsOnIt() {
        CheckedEvidence complainantsChat = new CheckedEvidence(2, EvidenceKind.CHAT_LOG, EvidenceSource.COMPLAINANT,
                FILED, null, null, List.of());
        CheckedEvidence sellersTrace = new CheckedEvidence(3, EvidenceKind.LOGISTICS_TRACE, EvidenceSource.RESPONDENT,
                FILED, null, null, List.of());
        CheckedEvidence sellersSnapshot = new CheckedEvidence(4, EvidenceKind.ORDER_SNAPSHOT, EvidenceSource.RESPONDENT,
                FILED, null, null, List.of());
        CheckedEvidence sellersPhoto = new CheckedEvidence(5, EvidenceKind.PHOTO, EvidenceSource.RESPONDENT, FILED, null,
                null, List.of());
        List<CheckedEvidence> evidence = List.of(photo(1, null), complainantsChat, sellersTrace, sellersSnapshot,
                sellersPhoto);

        List<Finding> findings = checks.run(facts(ComplaintType.NOT_RECEIVED, SIGNED.plus(Duration.ofDays(20)), "250.00",
                order("Zhang San (neighbour)", SIGNED), evidence, null));

        assertThat(findings).extracting(Finding::check, Finding::evidenceId, Finding::evidenceIds).containsExactly(
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.NOT_RECEIVED_BUT_SIGNED, null, List.of(1L, 2L, 3L, 4L)),
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.SIGNED_BY_SOMEONE_ELSE, null, List.of(3L, 4L)),
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.OUTSIDE_PROTECTION_WINDOW, null, List.of(3L, 4L)),
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.CLAIM_ABOVE_PAYMENT, null, List.of(4L)));
        assertThat(findings.get(0).fact()).contains("signed at " + SIGNED);
    }

    @Test
    void aFindingAboutOneFileNamesItInBothFields() {
        Finding finding = Finding.about(7, VerificationCheck.FILE_USED_IN_ANOTHER_CASE, FindingSeverity.HIGH, "fact",
                "detail");

        assertThat(finding.evidenceId()).isEqualTo(7L);
        assertThat(finding.evidenceIds()).containsExactly(7L);
        assertThat(new Finding(VerificationCheck.CAPTURED_AFTER_FILING, FindingSeverity.LOW, 7L, List.of(7L, 9L), "f",
                "d").evidenceIds()).containsExactly(7L, 9L);
        assertThat(Finding.onClaim(List.of(), VerificationCheck.RESPONDENT_EVIDENCE_MISSING, FindingSeverity.MEDIUM, "f",
                "d").evidenceIds()).isEmpty();
    }

    @Test
    void aFactOrDetailLongerThanItsColumnIsCutNotRefused() {
        Finding finding = Finding.about(1, VerificationCheck.FILE_USED_IN_ANOTHER_CASE, FindingSeverity.HIGH,
                "x".repeat(2000), "y".repeat(2000));

        assertThat(finding.fact()).hasSize(Finding.MAX_FACT).endsWith("…");
        assertThat(finding.detail()).hasSize(Finding.MAX_DETAIL).endsWith("…");
    }

    @Test
    void theEvidenceIdsGoInOneColumnAndComeBackTheSame() {
        EvidenceIdsConverter column = new EvidenceIdsConverter();

        assertThat(column.convertToDatabaseColumn(List.of(3L, 15L))).isEqualTo("3,15");
        assertThat(column.convertToDatabaseColumn(List.of())).isNull();
        assertThat(column.convertToEntityAttribute("3,15")).containsExactly(3L, 15L);
        assertThat(column.convertToEntityAttribute("42")).containsExactly(42L);
        assertThat(column.convertToEntityAttribute(null)).isEmpty();
    }

    @Test
    void theDeliveryComesFromTheLogisticsPortAndAnUnsignedParcelIsNoDelivery() {
        LogisticsFacts inTransit = new LogisticsFacts("O-1", "SF", "SF123", LogisticsStatus.IN_TRANSIT,
                PAID.plus(Duration.ofDays(1)), null, null,
                List.of(new LogisticsFacts.Scan(LogisticsStatus.IN_TRANSIT, PAID.plus(Duration.ofDays(2)), "Hangzhou",
                        "left the hub", null)), PAID.plus(Duration.ofDays(2)));
        Sold sold = order(null, null);
        CaseFacts unsigned = new CaseFacts(ComplaintType.NOT_RECEIVED, FILED, Money.parse("199.00", "CNY"),
                Optional.of(sold.order()), Optional.of(inTransit), Optional.of(payment()), List.of(), Optional.empty());
        assertThat(checks.run(unsigned)).isEmpty();

        CaseFacts logisticsOnly = new CaseFacts(ComplaintType.NOT_RECEIVED, FILED, Money.parse("199.00", "CNY"),
                Optional.empty(), order("a neighbour", SIGNED).logistics(), Optional.empty(), List.of(), Optional.empty());
        assertThat(checksOf(checks.run(logisticsOnly)))
                .containsExactly(VerificationCheck.NOT_RECEIVED_BUT_SIGNED, VerificationCheck.SIGNED_BY_SOMEONE_ELSE);
    }

    @Test
    void notReceivedWithoutADeliveryRaisesNothing() {
        assertThat(checks.run(facts(ComplaintType.NOT_RECEIVED, FILED, "199.00", order(null, null), List.of(), null)))
                .isEmpty();
    }

    @Test
    void aStrangersSignatureIsFlaggedButALockerOrTheBuyerIsNot() {
        assertThat(checksOf(checks.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("Zhang San (neighbour)", SIGNED),
                List.of(), null)))).containsExactly(VerificationCheck.SIGNED_BY_SOMEONE_ELSE);
        assertThat(checks.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("丰巢快递柜", SIGNED), List.of(), null)))
                .isEmpty();
        assertThat(checks.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("BUYER1", SIGNED), List.of(), null)))
                .isEmpty();
    }

    @Test
    void aNoteSayingNotTheAddresseeIsSomeoneElseThoughItContainsTheWordForSelf() {
        ProtectionPolicy shipped = new ProtectionPolicy(Period.ofDays(15), Period.ofDays(90),
                List.of("locker", "self", "本人", "快递柜"));
        EvidenceChecks strict = new EvidenceChecks(shipped);

        List<Finding> findings = strict.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("非本人签收", SIGNED),
                List.of(), null));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(VerificationCheck.SIGNED_BY_SOMEONE_ELSE);
            assertThat(f.detail()).contains("非本人");
        });
        assertThat(checksOf(strict.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("Selfridge", SIGNED),
                List.of(), null)))).containsExactly(VerificationCheck.SIGNED_BY_SOMEONE_ELSE);
        assertThat(strict.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("本人签收", SIGNED), List.of(), null)))
                .isEmpty();
    }

    @Test
    void capturedBeforePaymentIsHighForAPhotoAndOnlyContextForAChat() {
        CheckedEvidence chat = new CheckedEvidence(2, EvidenceKind.CHAT_LOG, EvidenceSource.COMPLAINANT, FILED,
                PAID.minus(Duration.ofDays(1)), "first of 12 chat timestamps", List.of());
        List<Finding> findings = checks.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("buyer1", SIGNED),
                List.of(photo(1, PAID.minus(Duration.ofDays(3))), chat), null));

        assertThat(findings).extracting(Finding::check, Finding::severity, Finding::evidenceId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.CAPTURED_BEFORE_PAYMENT, FindingSeverity.HIGH, 1L),
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.CAPTURED_BEFORE_PAYMENT, FindingSeverity.INFO, 2L));
        assertThat(findings.get(1).fact()).contains("first of 12 chat timestamps");
    }

    @Test
    void aComplainantsPhotoTakenAfterFilingIsNoted() {
        List<Finding> findings = checks.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("buyer1", SIGNED),
                List.of(photo(4, FILED.plus(Duration.ofHours(1)))), null));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(VerificationCheck.CAPTURED_AFTER_FILING);
            assertThat(f.evidenceId()).isEqualTo(4L);
        });
    }

    @Test
    void captureTimesAreCheckedAgainstTheFilingEvenWithoutPaymentFacts() {
        Sold sold = order("buyer1", SIGNED);
        CaseFacts noPayment = new CaseFacts(ComplaintType.DAMAGED, FILED, Money.parse("199.00", "CNY"),
                Optional.of(sold.order()), sold.logistics(), Optional.empty(),
                List.of(photo(4, FILED.plus(Duration.ofHours(1))), photo(5, PAID.minus(Duration.ofDays(3)))),
                Optional.empty());

        assertThat(checks.run(noPayment)).extracting(Finding::check, Finding::evidenceId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.CAPTURED_AFTER_FILING, 4L));
    }

    @Test
    void everyonesEvidenceCapturedAfterFilingIsNotedByWhatItIs() {
        Instant later = FILED.plus(Duration.ofDays(1));
        CheckedEvidence sellersPhoto = new CheckedEvidence(11, EvidenceKind.PHOTO, EvidenceSource.RESPONDENT, later,
                later, null, List.of());
        CheckedEvidence sellersTrace = new CheckedEvidence(12, EvidenceKind.LOGISTICS_TRACE, EvidenceSource.RESPONDENT,
                later, later, null, List.of());
        CheckedEvidence staffNote = new CheckedEvidence(13, EvidenceKind.OTHER, EvidenceSource.STAFF, later, later, null,
                List.of());

        List<Finding> findings = checks.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("buyer1", SIGNED),
                List.of(photo(10, later), sellersPhoto, sellersTrace, staffNote), null));

        assertThat(findings).extracting(Finding::check, Finding::evidenceId, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.CAPTURED_AFTER_FILING, 10L, FindingSeverity.LOW),
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.CAPTURED_AFTER_FILING, 11L, FindingSeverity.LOW),
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.CAPTURED_AFTER_FILING, 12L, FindingSeverity.INFO),
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.CAPTURED_AFTER_FILING, 13L, FindingSeverity.INFO));
        assertThat(findings.get(0).detail()).contains("cannot be what the complaint was based on");
        assertThat(findings.get(1).detail()).contains("cannot show the goods as they were sold or shipped");
    }

    @Test
    void theRespondentsStockPhotosAndInspectionReportsBeforePaymentAreNormal() {
        Instant before = PAID.minus(Duration.ofDays(20));
        CheckedEvidence stockPhoto = new CheckedEvidence(21, EvidenceKind.PHOTO, EvidenceSource.RESPONDENT, FILED,
                before, null, List.of());
        CheckedEvidence inspection = new CheckedEvidence(22, EvidenceKind.INSPECTION_REPORT, EvidenceSource.RESPONDENT,
                FILED, before, null, List.of());
        CheckedEvidence listing = new CheckedEvidence(23, EvidenceKind.ORDER_SNAPSHOT, EvidenceSource.COMPLAINANT, FILED,
                before, null, List.of());

        List<Finding> findings = checks.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("buyer1", SIGNED),
                List.of(photo(20, before), stockPhoto, inspection, listing), null));

        assertThat(findings).extracting(Finding::check, Finding::evidenceId, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.CAPTURED_BEFORE_PAYMENT, 20L, FindingSeverity.HIGH),
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.CAPTURED_BEFORE_PAYMENT, 21L, FindingSeverity.LOW),
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.CAPTURED_BEFORE_PAYMENT, 22L, FindingSeverity.INFO),
                org.assertj.core.groups.Tuple.tuple(VerificationCheck.CAPTURED_BEFORE_PAYMENT, 23L, FindingSeverity.INFO));
        assertThat(findings.get(0).detail()).contains("cannot show what the complainant received");
        assertThat(findings.get(1).detail()).contains("stock photos");
    }

    @Test
    void theSameFileInAnotherCaseIsHigh() {
        CheckedEvidence reused = new CheckedEvidence(5, EvidenceKind.PHOTO, EvidenceSource.COMPLAINANT, FILED, null,
                null, List.of("20261101000042"));
        List<Finding> findings = checks.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("buyer1", SIGNED),
                List.of(reused), null));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(VerificationCheck.FILE_USED_IN_ANOTHER_CASE);
            assertThat(f.severity()).isEqualTo(FindingSeverity.HIGH);
            assertThat(f.fact()).contains("20261101000042");
        });
    }

    @Test
    void filingAfterTheProtectionWindowIsFlagged() {
        Instant late = SIGNED.plus(Duration.ofDays(16));
        assertThat(checksOf(checks.run(facts(ComplaintType.DAMAGED, late, "199.00", order("buyer1", SIGNED), List.of(),
                null)))).containsExactly(VerificationCheck.OUTSIDE_PROTECTION_WINDOW);
        assertThat(checks.run(facts(ComplaintType.DAMAGED, SIGNED.plus(Duration.ofDays(14)), "199.00",
                order("buyer1", SIGNED), List.of(), null))).isEmpty();
        // Not delivered: the window counts from payment.
        assertThat(checksOf(checks.run(facts(ComplaintType.LOGISTICS_DELAY, PAID.plus(Duration.ofDays(91)), "199.00",
                order(null, null), List.of(), null)))).containsExactly(VerificationCheck.OUTSIDE_PROTECTION_WINDOW);
    }

    @Test
    void aClaimAbovePaymentIsHigh() {
        List<Finding> findings = checks.run(facts(ComplaintType.DAMAGED, FILED, "250.00", order("buyer1", SIGNED),
                List.of(), null));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(VerificationCheck.CLAIM_ABOVE_PAYMENT);
            assertThat(f.severity()).isEqualTo(FindingSeverity.HIGH);
            assertThat(f.fact()).contains("paid 199.00 CNY");
        });
    }

    @Test
    void theRespondentsMissingEvidenceIsFlaggedUnlessTheyBroughtSomeInTime() {
        Instant missed = FILED.plus(Duration.ofHours(72));
        assertThat(checksOf(checks.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("buyer1", SIGNED),
                List.of(photo(1, null)), missed)))).containsExactly(VerificationCheck.RESPONDENT_EVIDENCE_MISSING);
        CheckedEvidence inTime = new CheckedEvidence(7, EvidenceKind.OTHER, EvidenceSource.RESPONDENT,
                missed.minus(Duration.ofHours(1)), null, null, List.of());
        assertThat(checks.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("buyer1", SIGNED), List.of(inTime),
                missed))).isEmpty();
    }

    @Test
    void theRespondentsEvidenceUploadedAfterTheWindowClosedDoesNotAnswerIt() {
        Instant missed = FILED.plus(Duration.ofHours(72));
        CheckedEvidence late = new CheckedEvidence(8, EvidenceKind.OTHER, EvidenceSource.RESPONDENT,
                missed.plus(Duration.ofMinutes(5)), null, null, List.of());
        CheckedEvidence atTheClose = new CheckedEvidence(9, EvidenceKind.OTHER, EvidenceSource.RESPONDENT, missed,
                null, null, List.of());

        List<Finding> findings = checks.run(facts(ComplaintType.DAMAGED, FILED, "199.00", order("buyer1", SIGNED),
                List.of(late, atTheClose), missed));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(VerificationCheck.RESPONDENT_EVIDENCE_MISSING);
            assertThat(f.detail()).contains("#8 at " + missed.plus(Duration.ofMinutes(5))).contains("#9");
            assertThat(f.evidenceIds()).containsExactly(8L, 9L);
        });
    }
}
