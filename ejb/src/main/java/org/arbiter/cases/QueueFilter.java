package org.arbiter.cases;

import java.util.Set;

import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.api.vocabulary.ComplaintGroup;
import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.Priority;

/**
 * What the queue is filtered by. Empty sets do not filter; a set with values matches any of them.
 *
 * @param assignee   a user id, or {@code null} not to filter by assignee
 * @param unassigned only cases nobody works yet
 */
public record QueueFilter(
        Set<CaseStatus> statuses,
        Set<Priority> priorities,
        Set<ComplaintType> types,
        Set<ComplaintGroup> groups,
        String assignee,
        boolean unassigned) {

    public QueueFilter {
        statuses = Set.copyOf(statuses);
        priorities = Set.copyOf(priorities);
        types = Set.copyOf(types);
        groups = Set.copyOf(groups);
        if (assignee != null && unassigned) {
            throw new IllegalArgumentException("either an assignee or unassigned, not both");
        }
    }

    public static QueueFilter none() {
        return new QueueFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, false);
    }

    public boolean filtersByAssignee() {
        return assignee != null || unassigned;
    }
}
