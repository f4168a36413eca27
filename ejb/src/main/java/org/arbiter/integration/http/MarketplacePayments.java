package org.arbiter.integration.http;

import java.util.Optional;

import org.arbiter.integration.http.MarketplaceAnswers.PaymentAnswer;
import org.arbiter.integration.payment.PaymentFacts;
import org.arbiter.integration.payment.PaymentPort;

/** The payment port's HTTP adapter: {@code GET {base}/orders/{orderId}/payment} (docs/INTEGRATION.md). */
public final class MarketplacePayments implements PaymentPort {

    private final MarketplaceClient client;

    public MarketplacePayments(MarketplaceClient client) {
        this.client = client;
    }

    @Override
    public Optional<PaymentFacts> find(String orderId) {
        String what = "the payment of order " + orderId;
        return client.get(what, "/orders/" + MarketplaceClient.segment(orderId) + "/payment", PaymentAnswer.class)
                .map(answer -> MarketplaceClient.decode(what, () -> {
                    Answers.sameOrder(orderId, answer.orderId());
                    MarketplaceClient.required(answer.updatedAt(), "updatedAt");
                    return MarketplaceMapper.INSTANCE.payment(answer);
                }));
    }
}
