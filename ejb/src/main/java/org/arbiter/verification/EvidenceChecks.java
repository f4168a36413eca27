package org.arbiter.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.EvidenceKind;
import org.arbiter.api.vocabulary.EvidenceSource;
import org.arbiter.api.vocabulary.FindingSeverity;
import org.arbiter.api.vocabulary.VerificationCheck;
import org.arbiter.integration.logistics.LogisticsFacts;
import org.arbiter.integration.order.OrderFacts;
import org.arbiter.integration.payment.PaymentFacts;

/**
 * The checks of evidence-chain verification, as pure rules over {@link CaseFacts}: each finding names the
 * evidence it concerns (the file itself, or for a finding about the claim the evidence that bears on it) and the
 * fact it was checked against.
 * A check whose facts are unknown (no delivery recorded, no capture time in a file) raises nothing.
 */
public final class EvidenceChecks {

    /** Evidence that records what happened before it was made: exports and snapshots. */
    private static final Set<EvidenceKind> RECORDS =
            EnumSet.of(EvidenceKind.CHAT_LOG, EvidenceKind.LOGISTICS_TRACE, EvidenceKind.ORDER_SNAPSHOT);

    private final ProtectionPolicy policy;

    public EvidenceChecks(ProtectionPolicy policy) {
        this.policy = policy;
    }

    public List<Finding> run(CaseFacts facts) {
        List<Finding> findings = new ArrayList<>();
        Optional<LogisticsFacts> delivered = facts.logistics().filter(LogisticsFacts::signed);
        delivered.ifPresent(delivery -> deliveryAgainstClaim(facts, delivery, findings));
        protectionWindow(facts, delivered, findings);
        facts.payment().ifPresent(payment -> {
            claimAgainstPayment(facts, payment, findings);
            capturedBeforePayment(facts, payment, findings);
        });
        capturedAfterFiling(facts, findings);
        reusedFiles(facts, findings);
        facts.respondentWindowClosedUnanswered().ifPresent(closedAt -> respondentSilence(facts, closedAt, findings));
        return findings;
    }

    private void deliveryAgainstClaim(CaseFacts facts, LogisticsFacts delivery, List<Finding> findings) {
        String signed = "carrier " + delivery.carrier() + " " + delivery.trackingNumber() + ": delivered, signed at "
                + delivery.signedAt() + (delivery.signedBy() == null ? "" : " by '" + delivery.signedBy() + "'");
        if (facts.type() == ComplaintType.NOT_RECEIVED) {
            findings.add(Finding.onClaim(union(complainants(facts), records(facts)),
                    VerificationCheck.NOT_RECEIVED_BUT_SIGNED, FindingSeverity.HIGH, signed,
                    "the complaint says the parcel was not received, but the carrier recorded a signed delivery"));
        }
        if (delivery.signedBy() != null && !delivery.signedBy().isBlank()) {
            String buyer = facts.order().map(OrderFacts::buyerId).orElse(null);
            DeliverySignature signature = policy.signature(delivery.signedBy(), buyer);
            if (!signature.byBuyer()) {
                findings.add(Finding.onClaim(records(facts), VerificationCheck.SIGNED_BY_SOMEONE_ELSE,
                        FindingSeverity.MEDIUM, signed,
                        "the delivery was signed by someone other than the buyer"
                                + (buyer == null ? "" : " (" + buyer + ")") + " or a parcel locker: "
                                + signature.reason()));
            }
        }
    }

    /** From the signed delivery, or with none from the payment (the payment port's time, else the order's). */
    private void protectionWindow(CaseFacts facts, Optional<LogisticsFacts> delivery, List<Finding> findings) {
        boolean delivered = delivery.isPresent();
        Optional<Instant> paidAt = facts.payment().map(PaymentFacts::paidAt)
                .or(() -> facts.order().map(OrderFacts::paidAt));
        Instant from = delivered ? delivery.get().signedAt() : paidAt.orElse(null);
        if (from == null) {
            return;
        }
        Instant closes = from.plus(delivered ? policy.afterDeliveryDuration() : policy.afterPaymentDuration());
        if (facts.filedAt().isAfter(closes)) {
            findings.add(Finding.onClaim(records(facts), VerificationCheck.OUTSIDE_PROTECTION_WINDOW,
                    FindingSeverity.MEDIUM,
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
            findings.add(Finding.onClaim(ofKind(facts, EvidenceKind.ORDER_SNAPSHOT), VerificationCheck.CLAIM_ABOVE_PAYMENT,
                    FindingSeverity.LOW, paid,
                    "the claim is in " + facts.claimed().getCurrency() + ", the payment in "
                            + payment.paid().getCurrency() + "; compare them by hand"));
        } else if (facts.claimed().isGreaterThan(payment.paid())) {
            findings.add(Finding.onClaim(ofKind(facts, EvidenceKind.ORDER_SNAPSHOT), VerificationCheck.CLAIM_ABOVE_PAYMENT,
                    FindingSeverity.HIGH, paid,
                    "the claim of " + facts.claimed().toPlainString() + " is above what was paid"));
        }
    }

    private static void capturedBeforePayment(CaseFacts facts, PaymentFacts payment, List<Finding> findings) {
        for (CheckedEvidence item : facts.evidence()) {
            if (item.capturedAt() != null && item.capturedAt().isBefore(payment.paidAt())) {
                findings.add(Finding.about(item.id(), VerificationCheck.CAPTURED_BEFORE_PAYMENT, beforePaymentWeight(item),
                        "order paid at " + payment.paidAt() + "; " + describeCapture(item),
                        "evidence #" + item.id() + " was captured before the order was paid"
                                + beforePaymentContext(item)));
            }
        }
    }

    /**
     * A capture before payment contradicts a claim about the goods received only when the complainant brings it
     * as such: the complainant's photo of "the item that arrived" cannot predate the sale. Chats (pre-sale
     * questions) and order or listing snapshots start before payment as a rule; the respondent's stock photos
     * and inspection reports are made before the sale; staff's evidence is gathered for the case.
     */
    static FindingSeverity beforePaymentWeight(CheckedEvidence item) {
        if (item.kind() == EvidenceKind.CHAT_LOG || item.kind() == EvidenceKind.ORDER_SNAPSHOT) {
            return FindingSeverity.INFO;
        }
        return switch (item.source()) {
            case COMPLAINANT -> FindingSeverity.HIGH;
            case RESPONDENT -> item.kind() == EvidenceKind.INSPECTION_REPORT ? FindingSeverity.INFO : FindingSeverity.LOW;
            case STAFF -> FindingSeverity.INFO;
        };
    }

    private static String beforePaymentContext(CheckedEvidence item) {
        if (item.kind() == EvidenceKind.CHAT_LOG || item.kind() == EvidenceKind.ORDER_SNAPSHOT) {
            return " (a chat or an order snapshot that starts before the sale is usual)";
        }
        return switch (item.source()) {
            case COMPLAINANT -> "; it cannot show what the complainant received";
            case RESPONDENT -> " (usual for the respondent's stock photos and inspection reports: they show the goods "
                    + "before the sale, not as shipped)";
            case STAFF -> "";
        };
    }

    /** Everyone's evidence: captured after the complaint was filed, it cannot be what the dispute arose from. */
    private static void capturedAfterFiling(CaseFacts facts, List<Finding> findings) {
        for (CheckedEvidence item : facts.evidence()) {
            if (item.capturedAt() != null && item.capturedAt().isAfter(facts.filedAt())) {
                findings.add(Finding.about(item.id(), VerificationCheck.CAPTURED_AFTER_FILING, afterFilingWeight(item),
                        "complaint filed at " + facts.filedAt() + "; " + describeCapture(item),
                        "evidence #" + item.id() + " was captured after the complaint was filed"
                                + afterFilingContext(item)));
            }
        }
    }

    /**
     * Records of what happened earlier (a chat export, a logistics trace, an order snapshot) are often made after
     * the filing and mean nothing by it; staff gather evidence during the case. A party's photo, video or report
     * made after the filing cannot be what the complaint (or the defence of the sale) rested on.
     */
    static FindingSeverity afterFilingWeight(CheckedEvidence item) {
        if (item.source() == EvidenceSource.STAFF || RECORDS.contains(item.kind())) {
            return FindingSeverity.INFO;
        }
        return FindingSeverity.LOW;
    }

    private static String afterFilingContext(CheckedEvidence item) {
        if (item.source() == EvidenceSource.STAFF || RECORDS.contains(item.kind())) {
            return "";
        }
        return item.source() == EvidenceSource.COMPLAINANT
                ? "; it cannot be what the complaint was based on"
                : "; it cannot show the goods as they were sold or shipped";
    }

    private static String describeCapture(CheckedEvidence item) {
        return "evidence #" + item.id() + " captured at " + item.capturedAt()
                + (item.capturedAtNote() == null || item.capturedAtNote().isBlank() ? "" : " (" + item.capturedAtNote() + ")");
    }

    private static void reusedFiles(CaseFacts facts, List<Finding> findings) {
        for (CheckedEvidence item : facts.evidence()) {
            if (!item.sameFileInCases().isEmpty()) {
                findings.add(Finding.about(item.id(), VerificationCheck.FILE_USED_IN_ANOTHER_CASE, FindingSeverity.HIGH,
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
        List<String> late = respondents.stream().limit(5).map(e -> "#" + e.id() + " at " + e.submittedAt())
                .collect(Collectors.toCollection(ArrayList::new));
        if (respondents.size() > late.size()) {
            late.add("and " + (respondents.size() - late.size()) + " more");
        }
        findings.add(Finding.onClaim(respondents.stream().map(CheckedEvidence::id).toList(),
                VerificationCheck.RESPONDENT_EVIDENCE_MISSING, FindingSeverity.MEDIUM,
                "the respondent's evidence window closed at " + closedAt + " without an answer",
                late.isEmpty() ? "the respondent submitted no evidence; the case proceeds on the complainant's evidence"
                        : "the respondent submitted no evidence before the window closed, only later ("
                        + String.join(", ", late) + "); the case proceeds on the complainant's evidence"));
    }

    /** The complainant's evidence: what the claim rests on. */
    private static List<Long> complainants(CaseFacts facts) {
        return facts.evidence().stream().filter(e -> e.source() == EvidenceSource.COMPLAINANT)
                .map(CheckedEvidence::id).toList();
    }

    /** Logistics traces and order snapshots on the case, whoever brought them: the facts as the parties show them. */
    private static List<Long> records(CaseFacts facts) {
        return facts.evidence().stream()
                .filter(e -> e.kind() == EvidenceKind.LOGISTICS_TRACE || e.kind() == EvidenceKind.ORDER_SNAPSHOT)
                .map(CheckedEvidence::id).toList();
    }

    private static List<Long> ofKind(CaseFacts facts, EvidenceKind kind) {
        return facts.evidence().stream().filter(e -> e.kind() == kind).map(CheckedEvidence::id).toList();
    }

    private static List<Long> union(List<Long> first, List<Long> second) {
        List<Long> all = new ArrayList<>(first);
        second.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return all;
    }
}
