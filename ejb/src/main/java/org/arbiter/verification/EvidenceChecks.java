package org.arbiter.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.EvidenceKind;
import org.arbiter.api.vocabulary.EvidenceSource;
import org.arbiter.api.vocabulary.FindingSeverity;
import org.arbiter.api.vocabulary.VerificationCheck;
import org.arbiter.integration.order.OrderFacts;
import org.arbiter.integration.payment.PaymentFacts;

/**
 * The checks of evidence-chain verification, as pure rules over {@link CaseFacts}: each finding names the
 * evidence it concerns (or none, when it is about the claim itself) and the fact it was checked against.
 * A check whose facts are unknown (no delivery recorded, no capture time in a file) raises nothing.
 */
public final class EvidenceChecks {

    private final ProtectionPolicy policy;

    public EvidenceChecks(ProtectionPolicy policy) {
        this.policy = policy;
    }

    public List<Finding> run(CaseFacts facts) {
        List<Finding> findings = new ArrayList<>();
        facts.order().ifPresent(order -> {
            deliveryAgainstClaim(facts, order, findings);
            protectionWindow(facts, order, findings);
        });
        facts.payment().ifPresent(payment -> {
            claimAgainstPayment(facts, payment, findings);
            captureTimes(facts, payment, findings);
        });
        reusedFiles(facts, findings);
        facts.respondentWindowClosedUnanswered().ifPresent(closedAt -> respondentSilence(facts, closedAt, findings));
        return findings;
    }

    private void deliveryAgainstClaim(CaseFacts facts, OrderFacts order, List<Finding> findings) {
        OrderFacts.Delivery delivery = order.delivery();
        if (delivery == null || delivery.signedAt() == null) {
            return;
        }
        String signed = "carrier " + delivery.carrier() + " " + delivery.trackingNumber() + ": delivered, signed at "
                + delivery.signedAt() + (delivery.signedBy() == null ? "" : " by '" + delivery.signedBy() + "'");
        if (facts.type() == ComplaintType.NOT_RECEIVED) {
            findings.add(new Finding(VerificationCheck.NOT_RECEIVED_BUT_SIGNED, FindingSeverity.HIGH, null, signed,
                    "the complaint says the parcel was not received, but the carrier recorded a signed delivery"));
        }
        if (delivery.signedBy() != null && !delivery.signedBy().isBlank()) {
            DeliverySignature signature = policy.signature(delivery.signedBy(), order.buyerId());
            if (!signature.byBuyer()) {
                findings.add(new Finding(VerificationCheck.SIGNED_BY_SOMEONE_ELSE, FindingSeverity.MEDIUM, null, signed,
                        "the delivery was signed by someone other than the buyer (" + order.buyerId()
                                + ") or a parcel locker: " + signature.reason()));
            }
        }
    }

    private void protectionWindow(CaseFacts facts, OrderFacts order, List<Finding> findings) {
        OrderFacts.Delivery delivery = order.delivery();
        boolean delivered = delivery != null && delivery.signedAt() != null;
        Instant from = delivered ? delivery.signedAt() : order.paidAt();
        Instant closes = from.plus(delivered ? policy.afterDeliveryDuration() : policy.afterPaymentDuration());
        if (facts.filedAt().isAfter(closes)) {
            findings.add(new Finding(VerificationCheck.OUTSIDE_PROTECTION_WINDOW, FindingSeverity.MEDIUM, null,
                    (delivered ? "delivered " : "paid ") + from + "; protection ("
                            + (delivered ? policy.afterDelivery() + " after delivery" : policy.afterPayment()
                            + " after payment") + ") closed " + closes,
                    "the complaint was filed " + facts.filedAt() + ", after the buyer-protection window closed"));
        }
    }

    private void claimAgainstPayment(CaseFacts facts, PaymentFacts payment, List<Finding> findings) {
        String paid = "paid " + payment.paid().toPlainString() + " " + payment.paid().getCurrency() + " at "
                + payment.paidAt();
        if (!facts.claimed().sameCurrencyAs(payment.paid())) {
            findings.add(new Finding(VerificationCheck.CLAIM_ABOVE_PAYMENT, FindingSeverity.LOW, null, paid,
                    "the claim is in " + facts.claimed().getCurrency() + ", the payment in "
                            + payment.paid().getCurrency() + "; compare them by hand"));
        } else if (facts.claimed().isGreaterThan(payment.paid())) {
            findings.add(new Finding(VerificationCheck.CLAIM_ABOVE_PAYMENT, FindingSeverity.HIGH, null, paid,
                    "the claim of " + facts.claimed().toPlainString() + " is above what was paid"));
        }
    }

    private void captureTimes(CaseFacts facts, PaymentFacts payment, List<Finding> findings) {
        for (CheckedEvidence item : facts.evidence()) {
            if (item.capturedAt() == null) {
                continue;
            }
            String captured = describeCapture(item);
            if (item.capturedAt().isBefore(payment.paidAt())) {
                // A chat that starts before the sale is normal (pre-sale questions); a photo of the goods is not.
                FindingSeverity severity = item.kind() == EvidenceKind.CHAT_LOG ? FindingSeverity.INFO
                        : FindingSeverity.HIGH;
                findings.add(new Finding(VerificationCheck.CAPTURED_BEFORE_PAYMENT, severity, item.id(),
                        "order paid at " + payment.paidAt() + "; " + captured,
                        "evidence #" + item.id() + " was captured before the order was paid"));
            }
            if (item.capturedAt().isAfter(facts.filedAt()) && item.source() == EvidenceSource.COMPLAINANT) {
                findings.add(new Finding(VerificationCheck.CAPTURED_AFTER_FILING, FindingSeverity.LOW, item.id(),
                        "complaint filed at " + facts.filedAt() + "; " + captured,
                        "evidence #" + item.id() + " was captured after the complaint was filed; it cannot be what "
                                + "the complaint was based on"));
            }
        }
    }

    private static String describeCapture(CheckedEvidence item) {
        return "evidence #" + item.id() + " captured at " + item.capturedAt()
                + (item.capturedAtNote() == null || item.capturedAtNote().isBlank() ? "" : " (" + item.capturedAtNote() + ")");
    }

    private static void reusedFiles(CaseFacts facts, List<Finding> findings) {
        for (CheckedEvidence item : facts.evidence()) {
            if (!item.sameFileInCases().isEmpty()) {
                findings.add(new Finding(VerificationCheck.FILE_USED_IN_ANOTHER_CASE, FindingSeverity.HIGH, item.id(),
                        "the same file (SHA-256) was submitted in case(s) " + String.join(", ", item.sameFileInCases()),
                        "evidence #" + item.id() + " is not unique to this case"));
            }
        }
    }

    /**
     * Only evidence the respondent submitted before the window closed answers it: a piece brought later does not
     * undo the missed window (it is named in the finding, for the specialist to weigh).
     */
    private static void respondentSilence(CaseFacts facts, Instant closedAt, List<Finding> findings) {
        List<CheckedEvidence> respondents = facts.evidence().stream()
                .filter(e -> e.source() == EvidenceSource.RESPONDENT).toList();
        boolean inTime = respondents.stream().anyMatch(e -> e.submittedAt().isBefore(closedAt));
        if (inTime) {
            return;
        }
        List<String> late = respondents.stream().map(e -> "#" + e.id() + " at " + e.submittedAt()).toList();
        findings.add(new Finding(VerificationCheck.RESPONDENT_EVIDENCE_MISSING, FindingSeverity.MEDIUM, null,
                "the respondent's evidence window closed at " + closedAt + " without an answer",
                late.isEmpty() ? "the respondent submitted no evidence; the case proceeds on the complainant's evidence"
                        : "the respondent submitted no evidence before the window closed, only later ("
                        + String.join(", ", late) + "); the case proceeds on the complainant's evidence"));
    }
}
