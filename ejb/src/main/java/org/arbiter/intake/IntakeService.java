package org.arbiter.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.arbiter.api.intake.AcknowledgementReceipt;
import org.arbiter.api.intake.FileComplaintRequest;
import org.arbiter.api.intake.MaskedData;
import org.arbiter.api.vocabulary.PartySide;
import org.arbiter.api.vocabulary.SensitiveDataKind;
import org.arbiter.cases.CaseRepository;
import org.arbiter.cases.CaseSerials;
import org.arbiter.cases.ClassifierVerdict;
import org.arbiter.cases.ComplaintText;
import org.arbiter.cases.DisputeCase;
import org.arbiter.cases.DuplicateComplaintException;
import org.arbiter.cases.Filing;
import org.arbiter.cases.Party;
import org.arbiter.cases.PriorityPolicy;
import org.arbiter.cases.PrioritySettings;
import org.arbiter.classification.ComplaintClassifier;
import org.arbiter.classification.Languages;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.idempotency.IdempotencyStore;
import org.arbiter.idempotency.StoredResponse;
import org.arbiter.integration.order.OrderFacts;
import org.arbiter.integration.order.OrderPort;
import org.arbiter.shared.Caller;
import org.arbiter.shared.Fields;
import org.arbiter.shared.ForbiddenException;
import org.arbiter.shared.Json;
import org.arbiter.shared.Money;
import org.arbiter.shared.NotFoundException;

/**
 * Files complaints: one transaction from the request to the stored case, its clocks, its audit trail and
 * the idempotent answer.
 */
@Stateless
public class IntakeService {

    static final String OPERATION = "file-complaint";

    @Inject
    OrderPort orders;

    @Inject
    CaseRepository cases;

    @Inject
    CaseSerials serials;

    @Inject
    ComplaintClassifier classifier;

    @Inject
    PriorityPolicy priorities;

    @Inject
    PrioritySettings prioritySettings;

    @Inject
    SlaPolicy sla;

    @Inject
    IntakeSettings limits;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    ReceiptMapper receipts;

    @Inject
    Clock clock;

    private final SensitiveDataScreen screen = new SensitiveDataScreen();
    private final Acknowledgements acknowledgements = new Acknowledgements();

    /**
     * Files a complaint by the caller about one of their orders.
     *
     * @param idempotencyKey the client's key, or {@code null}: then a retry files again (and is refused
     *                       as a duplicate while the first case is open)
     */
    public FiledComplaint file(Caller caller, String idempotencyKey, FileComplaintRequest request) {
        if (!caller.isParty()) {
            throw new ForbiddenException("complaints are filed by the buyer or the seller of an order");
        }
        IdempotencyStore.Claimed claimed = null;
        if (idempotencyKey != null) {
            String fingerprint = IdempotencyStore.fingerprint(request);
            var first = idempotency.replay(caller.userId(), OPERATION, idempotencyKey, fingerprint);
            if (first.isPresent()) {
                return new FiledComplaint(readReceipt(first.get()), true);
            }
            claimed = idempotency.claim(caller.userId(), OPERATION, idempotencyKey, fingerprint);
        }

        OrderFacts order = orders.find(request.orderId())
                .filter(o -> o.sideOf(caller.userId()).isPresent())
                .orElseThrow(() -> new NotFoundException("you have no order " + request.orderId()));
        PartySide side = order.sideOf(caller.userId()).orElseThrow();

        Instant now = clock.instant();
        Filing filing = validate(caller, request, order, side);
        ClassifierVerdict verdict = classifier.classify(filing.text().screened());
        refuseDuplicate(filing, verdict);
        DisputeCase filed = DisputeCase.file(serials.next(), filing, verdict, priorities, sla, caller, now);
        cases.add(filed);

        AcknowledgementReceipt receipt = receipts.receipt(filed,
                acknowledgements.write(filed, filing.text().masked()), maskedData(filing.text().masked()));
        if (claimed != null) {
            claimed.remember(201, "/api/v1/cases/" + receipt.caseNumber(), receipt);
        }
        return new FiledComplaint(receipt, false);
    }

    private Filing validate(Caller caller, FileComplaintRequest request, OrderFacts order, PartySide side) {
        Fields fields = new Fields();
        Money claimed = fields.parse("claimedAmount", () -> Money.parse(request.claimedAmount(), request.currency()));
        if (claimed != null) {
            if (!claimed.sameCurrencyAs(order.amount())) {
                fields.reject("currency", "must be the order's currency, " + order.amount().getCurrency());
            } else if (!claimed.isPositive()) {
                fields.reject("claimedAmount", "must be more than zero");
            } else if (claimed.isGreaterThan(order.amount())) {
                fields.reject("claimedAmount", "cannot exceed the order amount of " + order.amount());
            }
        }
        String description = request.description().strip();
        int length = description.codePointCount(0, description.length());
        if (length < limits.descriptionMinLength() || length > limits.descriptionMaxLength()) {
            fields.reject("description", "must be " + limits.descriptionMinLength() + " to "
                    + limits.descriptionMaxLength() + " characters, not " + length);
        }
        fields.throwIfAny();

        ComplaintText text = screen.screen(description);
        String language = Languages.resolve(request.language(), description);
        Instant since = clock.instant().minus(prioritySettings.repeatWindow());
        // Counting stops early: a heavy user's whole history is not read on every filing.
        int repeats = cases.countRecentComplaints(caller.userId(), since, Math.max(priorities.repeatThreshold(), 20));
        return new Filing(order.orderId(), new Party(caller.userId(), side),
                new Party(order.userOn(side.other()), side.other()), text, claimed, request.desiredRemedy(),
                language, repeats);
    }

    /** The same complainant, the same order, and the same type or the same words: one case is enough. */
    private void refuseDuplicate(Filing filing, ClassifierVerdict verdict) {
        String openKey = DisputeCase.openKeyOf(filing.orderId(), filing.complainant().getUserId(), verdict.best().type());
        cases.findOpenDuplicate(openKey, filing.orderId(), filing.complainant().getUserId(), filing.text().fingerprint())
                .ifPresent(open -> {
                    throw new DuplicateComplaintException(open.getCaseNumber().value(),
                            "this complaint is already open as case " + open.getCaseNumber().value()
                                    + "; add to that case instead");
                });
    }

    private static List<MaskedData> maskedData(Map<SensitiveDataKind, Integer> masked) {
        List<MaskedData> list = new ArrayList<>();
        for (SensitiveDataKind kind : SensitiveDataKind.values()) {
            if (masked.containsKey(kind)) {
                list.add(new MaskedData(kind, masked.get(kind)));
            }
        }
        return list;
    }

    private static AcknowledgementReceipt readReceipt(StoredResponse stored) {
        try {
            return Json.mapper().readValue(stored.body(), AcknowledgementReceipt.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored receipt no longer reads as one", e);
        }
    }
}
