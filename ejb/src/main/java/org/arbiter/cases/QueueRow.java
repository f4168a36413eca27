package org.arbiter.cases;

import java.time.Instant;

import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.DeadlineKind;
import org.arbiter.api.vocabulary.Obligor;
import org.arbiter.api.vocabulary.Priority;

/** A line of the queue, read straight from the case table without loading the aggregate. */
public record QueueRow(
        long id,
        String caseNumber,
        CaseStatus status,
        Priority priority,
        ComplaintType type,
        String orderId,
        String complainantId,
        String respondentId,
        String assignee,
        int escalationLevel,
        Instant nextDeadlineAt,
        DeadlineKind nextDeadlineKind,
        Obligor nextDeadlineObligor,
        Instant submittedAt) {

    /** Where the next page of the query {@code filter} starts: after this row. */
    public QueueCursor cursor(QueueFilter filter) {
        return new QueueCursor(nextDeadlineAt, id, filter.fingerprint());
    }

    public boolean hasDeadline() {
        return nextDeadlineKind != null && !DisputeCase.NO_DEADLINE.equals(nextDeadlineAt);
    }
}
