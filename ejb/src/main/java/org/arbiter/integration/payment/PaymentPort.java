package org.arbiter.integration.payment;

import java.util.Optional;

/**
 * Where the platform learns what was paid for an order. The rest of the code depends on this interface only;
 * {@link org.arbiter.integration.IntegrationPorts} picks the adapter (the built-in one reads the order
 * snapshots, {@link OrderSnapshotPayments}; the HTTP one asks the marketplace,
 * {@link org.arbiter.integration.http.MarketplacePayments}).
 */
public interface PaymentPort {

    /** The payment of the order, or empty when nothing is known of it. */
    Optional<PaymentFacts> find(String orderId);
}
