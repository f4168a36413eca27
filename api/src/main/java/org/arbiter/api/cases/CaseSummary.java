package org.arbiter.api.cases;

import java.time.Instant;

import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.Priority;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the work queue. */
@Schema(name = "CaseSummary")
public record CaseSummary(
        String caseNumber,
        CaseStatus status,
        Priority priority,
        ComplaintType type,
        String orderId,
        String complainantId,
        String respondentId,
        String assignee,
        int escalationLevel,
        DeadlineView nextDeadline,
        Instant submittedAt) {
}
