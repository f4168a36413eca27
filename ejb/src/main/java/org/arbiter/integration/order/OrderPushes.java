package org.arbiter.integration.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arbiter.api.integration.OrderSnapshotRequest;
import org.arbiter.shared.Caller;

/**
 * Order pushes as the marketplace sees them: a push is stored whatever other push of the same order runs at the
 * same moment. Two first pushes of one order (a retry sent before the first answer came back) both find no row
 * to lock, and one of them meets the other's primary key at the insert: it is pushed again, in a new
 * transaction, as a newer snapshot of the order now stored. Called outside any transaction, like intake.
 */
@ApplicationScoped
public class OrderPushes {

    @Inject
    OrderIntegrationService orders;

    public OrderIntegrationService.Pushed push(Caller caller, OrderSnapshotRequest request) {
        try {
            return orders.push(caller, request);
        } catch (OrderStoredConcurrentlyException race) {
            return orders.push(caller, request);
        }
    }
}
