package org.arbiter.api.vocabulary;

/** Where a shipment stands, as the carrier reports it. */
public enum LogisticsStatus {
    NOT_SHIPPED,
    SHIPPED,
    IN_TRANSIT,
    OUT_FOR_DELIVERY,
    DELIVERED,
    RETURNED,
    LOST,
    EXCEPTION
}
