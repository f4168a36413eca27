package org.arbiter.integration.order;

import java.util.List;
import java.util.Optional;

/**
 * Where the platform learns the facts about an order. The rest of the code depends on this interface
 * only; the built-in adapter reads the snapshots the marketplace pushed.
 */
public interface OrderPort {

    /** The order as last known, or empty when the marketplace never told of it. */
    Optional<OrderFacts> find(String orderId);

    /** The parcel's scans, oldest first; empty when there are none or the order is unknown. */
    List<OrderFacts.Scan> trace(String orderId);
}
