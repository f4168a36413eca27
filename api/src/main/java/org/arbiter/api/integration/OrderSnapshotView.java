package org.arbiter.api.integration;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The order snapshot as stored, with the logistics events received for it. */
@Schema(name = "OrderSnapshotView")
public record OrderSnapshotView(
        String orderId,
        String buyerId,
        String sellerId,
        String amount,
        String currency,
        Instant paidAt,
        List<OrderItemDto> items,
        LogisticsDto logistics,
        List<LogisticsEventView> logisticsEvents,
        Instant receivedAt) {
}
