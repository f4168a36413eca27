package org.arbiter.cases;

import java.util.Currency;

import org.arbiter.api.cases.CategoryView;
import org.arbiter.api.cases.DeadlineView;
import org.arbiter.api.cases.PartyView;
import org.arbiter.api.vocabulary.ClassificationSource;
import org.arbiter.deadlines.CaseDeadline;
import org.arbiter.shared.Money;
import org.arbiter.api.vocabulary.ClockState;
import org.arbiter.deadlines.DeadlineState;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.ValueMapping;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** The small conversions every case view shares: numbers, money, parties, categories, clocks. */
@Mapper
public interface CaseMappings {

    default String caseNumber(CaseNumber number) {
        return number == null ? null : number.value();
    }

    @Named("amount")
    default String amount(Money money) {
        return money == null ? null : money.toPlainString();
    }

    default String currency(Currency currency) {
        return currency == null ? null : currency.getCurrencyCode();
    }

    PartyView party(Party party);

    CategoryView category(Classification classification);

    /** A classifier's guess is shown as a category with its confidence. */
    default CategoryView guess(ScoredType guess) {
        return new CategoryView(guess.type().group(), guess.type(), guess.confidence(), ClassificationSource.CLASSIFIER);
    }

    @Mapping(target = "owedBy", source = "obligor")
    DeadlineView deadline(CaseDeadline deadline);

    /** Views show clocks that are not over; an ended clock has no state a client needs. */
    @ValueMapping(source = "MET", target = MappingConstants.NULL)
    @ValueMapping(source = "CANCELLED", target = MappingConstants.NULL)
    @ValueMapping(source = "EXPIRED", target = MappingConstants.NULL)
    ClockState clockState(DeadlineState state);
}
