package org.arbiter.integration.http;

import java.util.Optional;

import org.arbiter.integration.http.MarketplaceAnswers.LogisticsAnswer;
import org.arbiter.integration.logistics.LogisticsFacts;
import org.arbiter.integration.logistics.LogisticsPort;

/** The logistics port's HTTP adapter: {@code GET {base}/orders/{orderId}/logistics} (docs/INTEGRATION.md). */
public final class MarketplaceLogistics implements LogisticsPort {

    private final MarketplaceClient client;

    public MarketplaceLogistics(MarketplaceClient client) {
        this.client = client;
    }

    @Override
    public Optional<LogisticsFacts> find(String orderId) {
        String what = "the logistics of order " + orderId;
        return client.get(what, "/orders/" + MarketplaceClient.segment(orderId) + "/logistics", LogisticsAnswer.class)
                .map(answer -> MarketplaceClient.decode(what, () -> {
                    Answers.sameOrder(orderId, answer.orderId());
                    MarketplaceClient.required(answer.status(), "status");
                    MarketplaceClient.required(answer.updatedAt(), "updatedAt");
                    if (answer.signedAt() != null && answer.shippedAt() != null
                            && answer.signedAt().isBefore(answer.shippedAt())) {
                        throw new IllegalArgumentException("signedAt is before shippedAt");
                    }
                    return MarketplaceMapper.INSTANCE.logistics(answer);
                }));
    }
}
