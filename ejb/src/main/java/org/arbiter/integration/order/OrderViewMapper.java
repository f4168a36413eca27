package org.arbiter.integration.order;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.arbiter.api.integration.LogisticsDto;
import org.arbiter.api.integration.LogisticsEventView;
import org.arbiter.api.integration.OrderItemDto;
import org.arbiter.api.integration.OrderSnapshotView;
import org.arbiter.cases.CaseMappings;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Order snapshots on the wire. */
@Mapper(uses = CaseMappings.class)
public interface OrderViewMapper {

    @Mapping(target = "amount", source = "snapshot.amount", qualifiedByName = "amount")
    @Mapping(target = "currency", source = "snapshot.amount.currency")
    @Mapping(target = "items", source = "snapshot")
    @Mapping(target = "logistics", source = "snapshot.shipment")
    @Mapping(target = "logisticsEvents", source = "scans")
    OrderSnapshotView toView(OrderSnapshot snapshot, List<LogisticsEvent> scans);

    LogisticsDto toDto(Shipment shipment);

    LogisticsEventView toView(LogisticsEvent scan);

    /** Unit prices at the scale of the order's currency, as they were pushed. */
    default List<OrderItemDto> items(OrderSnapshot snapshot) {
        int scale = Math.max(snapshot.getAmount().getCurrency().getDefaultFractionDigits(), 0);
        List<OrderItemDto> items = new ArrayList<>();
        for (OrderLine line : snapshot.getLines()) {
            items.add(new OrderItemDto(line.getSku(), line.getTitle(), line.getQuantity(),
                    line.getUnitPrice().setScale(scale, RoundingMode.UNNECESSARY).toPlainString()));
        }
        return items;
    }
}
