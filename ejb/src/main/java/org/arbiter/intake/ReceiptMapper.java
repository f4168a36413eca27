package org.arbiter.intake;

import java.util.List;

import org.arbiter.api.intake.AcknowledgementReceipt;
import org.arbiter.api.intake.MaskedData;
import org.arbiter.cases.CaseMappings;
import org.arbiter.cases.DisputeCase;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The acknowledgement receipt of a newly filed case. */
@Mapper(uses = CaseMappings.class)
public interface ReceiptMapper {

    @Mapping(target = "category", source = "filed.classification")
    @Mapping(target = "deadlines", source = "filed.activeDeadlines")
    @Mapping(target = "language", source = "filed.claim.language")
    AcknowledgementReceipt receipt(DisputeCase filed, String acknowledgement, List<MaskedData> masked);
}
