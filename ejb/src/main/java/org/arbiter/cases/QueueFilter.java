package org.arbiter.cases;

import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * The same number for the same query however its values were ordered, so that a cursor can tell which query
     * it pages through. Not a secret: a cursor is the caller's own, and the page is checked against the caller's
     * rights anyway.
     */
    public int fingerprint() {
        return String.join("|", sorted(statuses), sorted(priorities), sorted(types), sorted(groups),
                String.valueOf(assignee), String.valueOf(unassigned)).hashCode();
    }

    private static String sorted(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public boolean filtersByAssignee() {
        return assignee != null || unassigned;
    }
}
