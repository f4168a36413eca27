package org.arbiter.integration.logistics;

import java.util.Optional;

/**
 * Where the platform learns where an order's parcel is and who signed for it. The rest of the code depends on
 * this interface only; {@link org.arbiter.integration.IntegrationPorts} picks the adapter (the built-in one
 * reads the snapshots and logistics events the marketplace pushed, {@link SnapshotLogistics}; the HTTP one asks
 * the marketplace, {@link org.arbiter.integration.http.MarketplaceLogistics}).
 */
public interface LogisticsPort {

    /** The parcel of the order as last known, or empty when nothing was shipped or the order is unknown. */
    Optional<LogisticsFacts> find(String orderId);
}
