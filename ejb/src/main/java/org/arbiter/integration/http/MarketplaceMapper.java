package org.arbiter.integration.http;

import org.arbiter.integration.http.MarketplaceAnswers.LogisticsAnswer;
import org.arbiter.integration.http.MarketplaceAnswers.OrderAnswer;
import org.arbiter.integration.http.MarketplaceAnswers.PaymentAnswer;
import org.arbiter.integration.http.MarketplaceAnswers.Priced;
import org.arbiter.integration.http.MarketplaceAnswers.ScanAnswer;
import org.arbiter.integration.logistics.LogisticsFacts;
import org.arbiter.integration.order.OrderFacts;
import org.arbiter.integration.payment.PaymentFacts;
import org.arbiter.shared.Money;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.factory.Mappers;

/**
 * The marketplace's answers as the ports' facts. A plain mapper (not a CDI bean): the HTTP adapters are made by
 * {@link org.arbiter.integration.IntegrationPorts} and in tests without a container.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.DEFAULT)
public interface MarketplaceMapper {

    MarketplaceMapper INSTANCE = Mappers.getMapper(MarketplaceMapper.class);

    @Mapping(target = "amount", expression = "java(money(answer))")
    OrderFacts order(OrderAnswer answer);

    @Mapping(target = "paid", expression = "java(money(answer))")
    PaymentFacts payment(PaymentAnswer answer);

    @Mapping(target = "trace", source = "events")
    LogisticsFacts logistics(LogisticsAnswer answer);

    LogisticsFacts.Scan scan(ScanAnswer answer);

    default Money money(Priced priced) {
        return Money.parse(MarketplaceClient.required(priced.amount(), "amount"),
                MarketplaceClient.required(priced.currency(), "currency"));
    }
}
