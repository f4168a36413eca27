package org.arbiter.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Page sizes of the queue, from configuration. */
@ApplicationScoped
public class QueueSettings {

    @Inject
    @ConfigProperty(name = "arbiter.queue.default-page-size")
    int defaultPageSize;

    @Inject
    @ConfigProperty(name = "arbiter.queue.max-page-size")
    int maxPageSize;

    public int defaultPageSize() {
        return defaultPageSize;
    }

    public int maxPageSize() {
        return maxPageSize;
    }
}
