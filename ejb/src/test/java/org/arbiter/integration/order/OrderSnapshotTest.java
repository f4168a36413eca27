package org.arbiter.integration.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.arbiter.api.vocabulary.LogisticsStatus;
import org.arbiter.shared.Money;
import org.junit.jupiter.api.Test;

class OrderSnapshotTest {

    private static final Instant PAID = Instant.parse("2026-11-10T08:00:00Z");
    private static final Instant SHIPPED = Instant.parse("2026-11-11T08:00:00Z");
    private static final Instant SIGNED = Instant.parse("2026-11-13T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void aLateScanOlderThanThePushedDeliveryDoesNotUndoIt() {
        OrderSnapshot order = order(new Shipment("SF", "SF1", LogisticsStatus.DELIVERED, SHIPPED, SIGNED, "buyer1"));

        order.record(scan(LogisticsStatus.IN_TRANSIT, SIGNED.minusSeconds(3600)));

        assertThat(order.getShipment().getStatus()).isEqualTo(LogisticsStatus.DELIVERED);
        assertThat(order.getShipment().getSignedAt()).isEqualTo(SIGNED);
    }

    @Test
    void aScanAtTheVeryInstantOfThePushedDeliveryDoesNotUndoIt() {
        OrderSnapshot order = order(new Shipment("SF", "SF1", LogisticsStatus.DELIVERED, SHIPPED, SIGNED, "buyer1"));

        order.record(scan(LogisticsStatus.IN_TRANSIT, SIGNED));

        assertThat(order.getShipment().getStatus()).isEqualTo(LogisticsStatus.DELIVERED);
    }

    @Test
    void aScanAfterWhatWasPushedMovesTheShipmentOn() {
        OrderSnapshot order = order(new Shipment("SF", "SF1", LogisticsStatus.IN_TRANSIT, SHIPPED, null, null));

        order.record(scan(LogisticsStatus.DELIVERED, SIGNED));

        assertThat(order.getShipment().getStatus()).isEqualTo(LogisticsStatus.DELIVERED);
        assertThat(order.getShipment().getSignedAt()).isEqualTo(SIGNED);
    }

    @Test
    void scansArrivingOutOfOrderLeaveTheLatestStanding() {
        OrderSnapshot order = order(null);

        order.record(scan(LogisticsStatus.DELIVERED, SIGNED));
        order.record(scan(LogisticsStatus.LOST, SHIPPED));

        assertThat(order.getShipment().getStatus()).isEqualTo(LogisticsStatus.DELIVERED);
    }

    @Test
    void aDeliveryPushedAfterAScanIsNotUndoneByALateScanBetweenThem() {
        OrderSnapshot order = order(null);
        order.record(scan(LogisticsStatus.IN_TRANSIT, SHIPPED));

        order.replaceWith("buyer1", "seller1", Money.parse("99.00", "CNY"), PAID,
                List.of(new OrderLine("SKU-1", "Vase", 1, new BigDecimal("99.00"))),
                new Shipment("SF", "SF1", LogisticsStatus.DELIVERED, SHIPPED, SIGNED, "buyer1"), NOW);
        order.record(scan(LogisticsStatus.IN_TRANSIT, SIGNED.minusSeconds(3600)));

        assertThat(order.getShipment().getStatus()).isEqualTo(LogisticsStatus.DELIVERED);
    }

    private static OrderSnapshot order(Shipment shipment) {
        return new OrderSnapshot("O-1", "buyer1", "seller1", Money.parse("99.00", "CNY"), PAID,
                List.of(new OrderLine("SKU-1", "Vase", 1, new BigDecimal("99.00"))), shipment, PAID);
    }

    private static LogisticsEvent scan(LogisticsStatus status, Instant at) {
        return new LogisticsEvent("O-1", status, at, "Shenzhen", null,
                status == LogisticsStatus.DELIVERED ? "buyer1" : null, NOW);
    }
}
