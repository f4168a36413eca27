package org.arbiter.integration.order;

import java.util.Optional;

/**
 * Where the platform learns the facts about an order. The rest of the code depends on this interface
 * only; the built-in adapter reads the snapshots the marketplace pushed.
 */
public interface OrderPort {

    Optional<OrderFacts> find(String orderId);
}
