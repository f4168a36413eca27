package org.arbiter.integration.http;

import java.util.Optional;

import org.arbiter.integration.http.MarketplaceAnswers.OrderAnswer;
import org.arbiter.integration.order.OrderFacts;
import org.arbiter.integration.order.OrderPort;

/** The order port's HTTP adapter: {@code GET {base}/orders/{orderId}} (docs/INTEGRATION.md). */
public final class MarketplaceOrders implements OrderPort {

    private final MarketplaceClient client;

    public MarketplaceOrders(MarketplaceClient client) {
        this.client = client;
    }

    @Override
    public Optional<OrderFacts> find(String orderId) {
        String what = "order " + orderId;
        return client.get(what, "/orders/" + MarketplaceClient.segment(orderId), OrderAnswer.class)
                .map(answer -> MarketplaceClient.decode(what, () -> {
                    Answers.sameOrder(orderId, answer.orderId());
                    MarketplaceClient.required(answer.updatedAt(), "updatedAt");
                    return MarketplaceMapper.INSTANCE.order(answer);
                }));
    }
}
