package org.arbiter.cases;

import java.util.List;

/**
 * The queue's query parameters as the client sent them, unparsed: the service reports every wrong one by
 * name.
 */
public record QueueQuery(List<String> status, List<String> priority, List<String> category, String assignee,
                         String cursor, String limit) {

    public QueueQuery {
        status = status == null ? List.of() : List.copyOf(status);
        priority = priority == null ? List.of() : List.copyOf(priority);
        category = category == null ? List.of() : List.copyOf(category);
    }
}
