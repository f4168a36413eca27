package org.arbiter.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.integration.logistics.LogisticsFacts;
import org.arbiter.integration.order.OrderFacts;
import org.arbiter.integration.payment.PaymentFacts;
import org.arbiter.shared.Money;

/**
 * Everything the checks compare: the claim, the order, its parcel (from the logistics port), its payment, the
 * evidence still on the case, and whether the respondent's window closed without an answer (its closing time,
 * or empty).
 */
public record CaseFacts(ComplaintType type, Instant filedAt, Money claimed, Optional<OrderFacts> order,
                        Optional<LogisticsFacts> logistics, Optional<PaymentFacts> payment,
                        List<CheckedEvidence> evidence, Optional<Instant> respondentWindowClosedUnanswered) {

    public CaseFacts {
        evidence = List.copyOf(evidence);
    }
}
