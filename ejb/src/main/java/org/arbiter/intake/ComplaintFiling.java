package org.arbiter.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.arbiter.api.VisibleTextValidator;
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
import org.arbiter.cases.SensitiveDataScreen;
import org.arbiter.classification.ComplaintClassifier;
import org.arbiter.classification.Languages;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.idempotency.IdempotencyKeyTakenException;
import org.arbiter.idempotency.IdempotencyStore;
import org.arbiter.idempotency.StoredResponse;
import org.arbiter.integration.order.OrderFacts;
import org.arbiter.integration.order.OrderPort;
import org.arbiter.shared.Caller;
import org.arbiter.shared.DisplaySettings;
import org.arbiter.shared.Fields;
import org.arbiter.shared.ForbiddenException;
import org.arbiter.shared.Json;
import org.arbiter.shared.Money;
import org.arbiter.shared.NotFoundException;

/**
 * Files one complaint in one transaction: the checks, the new case with its clocks and audit trail, and the
 * idempotent answer. {@link IntakeService} decides what to do when the key or the complaint was seen before.
 */
@Stateless
public class ComplaintFiling {

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
    DisplaySettings display;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    ReceiptMapper receipts;

    @Inject
    Clock clock;

    private final SensitiveDataScreen screen = new SensitiveDataScreen();
    private Acknowledgements acknowledgements;

    @PostConstruct
    void prepare() {
        acknowledgements = new Acknowledgements(display.times());
    }

    /**
     * Files a complaint by the caller about one of their orders.
     *
     * @param idempotencyKey the client's key, or {@code null}
     * @throws IdempotencyKeyTakenException when the key was used before
     * @throws DuplicateComplaintException  when the same complaint is open
     */
    public FiledComplaint file(Caller caller, String idempotencyKey, FileComplaintRequest request) {
        if (!caller.isParty()) {
            throw new ForbiddenException("complaints are filed by the buyer or the seller of an order");
        }
        OrderFacts order = orders.find(request.orderId())
                .filter(o -> o.sideOf(caller.userId()).isPresent())
                .orElseThrow(() -> new NotFoundException("you have no order " + request.orderId()));
        PartySide side = order.sideOf(caller.userId()).orElseThrow();

        Instant now = clock.instant();
        Fields fields = new Fields();
        Money claimed = validate(request, order, fields);
        ComplaintText text = screen.screen(request.description().strip());
        ClassifierVerdict verdict = classifier.classify(text.screened());
        String openKey = DisputeCase.openKeyOf(order.orderId(), caller.userId(), verdict.best().type());
        // Counting stops early: a heavy user's whole history is not read on every filing.
        CaseRepository.IntakeHistory history = cases.history(caller.userId(), now.minus(prioritySettings.repeatWindow()),
                Math.max(priorities.repeatThreshold(), 20), order.orderId(), openKey, text.fingerprint());
        history.openDuplicate().ifPresent(open -> {
            throw DuplicateComplaintException.openAs(open);
        });

        Filing filing = new Filing(order.orderId(), new Party(caller.userId(), side),
                new Party(order.userOn(side.other()), side.other()), text, claimed, request.desiredRemedy(),
                Languages.resolve(request.language(), request.description()), history.recentComplaints());
        DisputeCase filed = DisputeCase.file(serials.next(), filing, verdict, priorities, sla, caller, now);
        AcknowledgementReceipt receipt = receipts.receipt(filed,
                acknowledgements.write(filed, text.masked()), maskedData(text.masked()));
        // The answer is stored before the case: a concurrent retry with the same key stops at the key.
        if (idempotencyKey != null) {
            idempotency.remember(caller.userId(), OPERATION, idempotencyKey, fingerprint(request, text), 201,
                    "/api/v1/cases/" + receipt.caseNumber(), receipt);
        }
        cases.add(filed);
        return new FiledComplaint(receipt, false);
    }

    /** The open case a concurrent filing of the same complaint created, once it is committed. */
    public Optional<String> openCaseWith(String openKey) {
        return cases.openCaseWith(openKey);
    }

    /**
     * The first answer to a request with this key, if it was answered.
     *
     * @throws org.arbiter.idempotency.IdempotencyKeyReusedException when the key was used for another request
     */
    public Optional<FiledComplaint> replay(Caller caller, String idempotencyKey, FileComplaintRequest request) {
        String fingerprint = fingerprint(request, screen.screen(request.description().strip()));
        return idempotency.replay(caller.userId(), OPERATION, idempotencyKey, fingerprint)
                .map(first -> new FiledComplaint(readReceipt(first), true));
    }

    /**
     * The request as its idempotency record knows it: with the description as the case stores it, masked. A hash of
     * the plain text would keep the masked identity and card numbers within a few million guesses of anyone who
     * reads the database; two requests that differ only in masked digits are the same complaint anyway.
     */
    private static String fingerprint(FileComplaintRequest request, ComplaintText description) {
        return IdempotencyStore.fingerprint(new FileComplaintRequest(request.orderId(), description.screened(),
                request.claimedAmount(), request.currency(), request.desiredRemedy(), request.language()));
    }

    private Money validate(FileComplaintRequest request, OrderFacts order, Fields fields) {
        // The currency on its own first, so that an unknown code is reported on its own field.
        Money claimed = fields.parse("currency", () -> Money.currencyOf(request.currency())) == null ? null
                : fields.parse("claimedAmount", () -> Money.parse(request.claimedAmount(), request.currency()));
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
        if (!VisibleTextValidator.isVisible(description)) {
            fields.reject("description", VisibleTextValidator.MESSAGE);
        } else if (length < limits.descriptionMinLength() || length > limits.descriptionMaxLength()) {
            fields.reject("description", "must be " + limits.descriptionMinLength() + " to "
                    + limits.descriptionMaxLength() + " characters, not " + length);
        }
        fields.throwIfAny();
        return claimed;
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
