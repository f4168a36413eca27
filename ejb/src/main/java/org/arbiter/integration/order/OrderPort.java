package org.arbiter.integration.order;

import java.util.Optional;

/**
 * Where the platform learns the facts about an order: its parties, amount and payment time. The rest of the
 * code depends on this interface only; {@link org.arbiter.integration.IntegrationPorts} picks the adapter (the
 * built-in one answers from the snapshots the marketplace pushed, {@link OrderSnapshots}; the HTTP one asks the
 * marketplace, {@link org.arbiter.integration.http.MarketplaceOrders}). Where the parcel
 * is, is the logistics port's.
 */
public interface OrderPort {

    /** The order as last known, or empty when the marketplace never told of it. */
    Optional<OrderFacts> find(String orderId);
}
