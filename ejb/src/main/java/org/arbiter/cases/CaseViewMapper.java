package org.arbiter.cases;

import java.util.List;

import org.arbiter.api.cases.AuditEntryView;
import org.arbiter.api.cases.CaseSummary;
import org.arbiter.api.cases.CaseView;
import org.arbiter.api.cases.DeadlineView;
import org.arbiter.api.cases.MessageView;
import org.arbiter.api.cases.StaffDetails;
import org.arbiter.api.vocabulary.ClockState;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Cases on the wire: one case as the caller may see it, lines of the queue, the audit trail. */
@Mapper(uses = CaseMappings.class)
public interface CaseViewMapper {

    /**
     * @param staff what only staff see; {@code null} for parties
     */
    @Mapping(target = "category", source = "disputeCase.classification")
    @Mapping(target = "description", source = "disputeCase.claim.description")
    @Mapping(target = "claimedAmount", source = "disputeCase.claim.claimed", qualifiedByName = "amount")
    @Mapping(target = "currency", source = "disputeCase.claim.claimed.currency")
    @Mapping(target = "desiredRemedy", source = "disputeCase.claim.desiredRemedy")
    @Mapping(target = "language", source = "disputeCase.claim.language")
    @Mapping(target = "deadlines", source = "disputeCase.activeDeadlines")
    @Mapping(target = "messages", source = "messages")
    @Mapping(target = "staff", source = "staff")
    CaseView toView(DisputeCase disputeCase, List<CaseMessage> messages, StaffDetails staff);

    MessageView toView(CaseMessage message);

    @Mapping(target = "suggestions", source = "suggestions")
    StaffDetails staffDetails(DisputeCase disputeCase);

    @Mapping(target = "nextDeadline", source = "row")
    CaseSummary toSummary(QueueRow row);

    List<CaseSummary> toSummaries(List<QueueRow> rows);

    default DeadlineView nextDeadline(QueueRow row) {
        return row.hasDeadline()
                ? new DeadlineView(row.nextDeadlineKind(), row.nextDeadlineAt(), row.nextDeadlineObligor(), ClockState.RUNNING, null)
                : null;
    }

    AuditEntryView toView(AuditEntry entry);

    List<AuditEntryView> toAuditViews(List<AuditEntry> entries);
}
