package org.arbiter.integration.http;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.arbiter.integration.http.MarketplaceAnswers.OrderAnswer;
import org.arbiter.integration.order.OrderFacts;
import org.arbiter.integration.order.OrderPort;
import org.arbiter.integration.order.ReportedTimes;

/** The order port's HTTP adapter: {@code GET {base}/orders/{orderId}} (docs/INTEGRATION.md). */
public final class MarketplaceOrders implements OrderPort {

    private final MarketplaceClient client;
    private final ReportedTimes times;
    private final Clock clock;

    /** @param times which times in an answer are believed; others make it a bad answer */
    public MarketplaceOrders(MarketplaceClient client, ReportedTimes times, Clock clock) {
        this.client = client;
        this.times = times;
        this.clock = clock;
    }

    @Override
    public Optional<OrderFacts> find(String orderId) {
        String what = "order " + orderId;
        return client.get(what, "/orders/" + MarketplaceClient.segment(orderId), OrderAnswer.class)
                .map(answer -> MarketplaceClient.decode(what, () -> {
                    Answers.sameOrder(orderId, answer.orderId());
                    MarketplaceClient.required(answer.updatedAt(), "updatedAt");
                    Instant now = clock.instant();
                    times.require("paidAt", answer.paidAt(), now);
                    times.require("updatedAt", answer.updatedAt(), now);
                    return MarketplaceMapper.INSTANCE.order(answer);
                }));
    }
}
