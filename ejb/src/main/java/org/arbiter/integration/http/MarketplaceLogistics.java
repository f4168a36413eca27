package org.arbiter.integration.http;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.arbiter.integration.http.MarketplaceAnswers.LogisticsAnswer;
import org.arbiter.integration.logistics.LogisticsFacts;
import org.arbiter.integration.logistics.LogisticsPort;
import org.arbiter.integration.order.ReportedTimes;

/** The logistics port's HTTP adapter: {@code GET {base}/orders/{orderId}/logistics} (docs/INTEGRATION.md). */
public final class MarketplaceLogistics implements LogisticsPort {

    private final MarketplaceClient client;
    private final ReportedTimes times;
    private final Clock clock;

    /** @param times which times in an answer are believed; others make it a bad answer */
    public MarketplaceLogistics(MarketplaceClient client, ReportedTimes times, Clock clock) {
        this.client = client;
        this.times = times;
        this.clock = clock;
    }

    @Override
    public Optional<LogisticsFacts> find(String orderId) {
        String what = "the logistics of order " + orderId;
        return client.get(what, "/orders/" + MarketplaceClient.segment(orderId) + "/logistics", LogisticsAnswer.class)
                .map(answer -> MarketplaceClient.decode(what, () -> {
                    Answers.sameOrder(orderId, answer.orderId());
                    MarketplaceClient.required(answer.status(), "status");
                    MarketplaceClient.required(answer.updatedAt(), "updatedAt");
                    Instant now = clock.instant();
                    times.require("shippedAt", answer.shippedAt(), now);
                    times.require("signedAt", answer.signedAt(), now);
                    times.require("updatedAt", answer.updatedAt(), now);
                    if (answer.events() != null) {
                        for (int i = 0; i < answer.events().size(); i++) {
                            MarketplaceAnswers.ScanAnswer scan = answer.events().get(i);
                            times.require("events[" + i + "].occurredAt", scan == null ? null : scan.occurredAt(), now);
                        }
                    }
                    if (answer.signedAt() != null && answer.shippedAt() != null
                            && answer.signedAt().isBefore(answer.shippedAt())) {
                        throw new IllegalArgumentException("signedAt is before shippedAt");
                    }
                    return MarketplaceMapper.INSTANCE.logistics(answer);
                }));
    }
}
