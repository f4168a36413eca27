package org.arbiter.integration.http;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.arbiter.integration.http.MarketplaceAnswers.PaymentAnswer;
import org.arbiter.integration.order.ReportedTimes;
import org.arbiter.integration.payment.PaymentFacts;
import org.arbiter.integration.payment.PaymentPort;

/** The payment port's HTTP adapter: {@code GET {base}/orders/{orderId}/payment} (docs/INTEGRATION.md). */
public final class MarketplacePayments implements PaymentPort {

    private final MarketplaceClient client;
    private final ReportedTimes times;
    private final Clock clock;

    /** @param times which times in an answer are believed; others make it a bad answer */
    public MarketplacePayments(MarketplaceClient client, ReportedTimes times, Clock clock) {
        this.client = client;
        this.times = times;
        this.clock = clock;
    }

    @Override
    public Optional<PaymentFacts> find(String orderId) {
        String what = "the payment of order " + orderId;
        return client.get(what, "/orders/" + MarketplaceClient.segment(orderId) + "/payment", PaymentAnswer.class)
                .map(answer -> MarketplaceClient.decode(what, () -> {
                    Answers.sameOrder(orderId, answer.orderId());
                    MarketplaceClient.required(answer.updatedAt(), "updatedAt");
                    Instant now = clock.instant();
                    times.require("paidAt", answer.paidAt(), now);
                    times.require("updatedAt", answer.updatedAt(), now);
                    return MarketplaceMapper.INSTANCE.payment(answer);
                }));
    }
}
