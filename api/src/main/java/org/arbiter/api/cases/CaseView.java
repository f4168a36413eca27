package org.arbiter.api.cases;

import java.time.Instant;
import java.util.List;

import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.api.vocabulary.Priority;
import org.arbiter.api.vocabulary.Remedy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One case as the caller may see it. {@code staff} is present for staff only: parties never see the
 * classifier's alternatives, the reasons behind the priority, nor internal flags.
 *
 * @param escalationLevel who works the case: 1 specialists, 2 the business team, 3 the supervisor
 * @param deadlines       every clock that is not over, running or paused
 */
@Schema(name = "Case")
public record CaseView(
        String caseNumber,
        CaseStatus status,
        Priority priority,
        CategoryView category,
        boolean awaitingClassification,
        String orderId,
        PartyView complainant,
        PartyView respondent,
        String description,
        String claimedAmount,
        String currency,
        Remedy desiredRemedy,
        String language,
        String assignee,
        int escalationLevel,
        List<DeadlineView> deadlines,
        List<MessageView> messages,
        Instant submittedAt,
        Instant updatedAt,
        StaffDetails staff) {
}
