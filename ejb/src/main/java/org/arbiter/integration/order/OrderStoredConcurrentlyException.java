package org.arbiter.integration.order;

import org.arbiter.shared.ConflictException;

/**
 * Another request stored the first snapshot of the same order while this one was storing it: this one rolls
 * back, and {@link OrderPushes} pushes it again as a newer snapshot of the order now stored. A 409 only if that
 * fails the same way again.
 */
public class OrderStoredConcurrentlyException extends ConflictException {

    public OrderStoredConcurrentlyException(String orderId) {
        super("order " + orderId + " was being stored by another request at the same time; push it again");
    }
}
