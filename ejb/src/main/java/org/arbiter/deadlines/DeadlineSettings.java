package org.arbiter.deadlines;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the deadline engine sweeps, from configuration ({@code arbiter.deadlines.*}). */
@ApplicationScoped
public class DeadlineSettings {

    @Inject
    @ConfigProperty(name = "arbiter.deadlines.sweep-interval")
    Duration sweepInterval;

    @Inject
    @ConfigProperty(name = "arbiter.deadlines.batch-size")
    int batchSize;

    @Inject
    @ConfigProperty(name = "arbiter.deadlines.sweep-budget")
    Duration sweepBudget;

    @Inject
    @ConfigProperty(name = "arbiter.deadlines.catch-up-pause")
    Duration catchUpPause;

    @Inject
    @ConfigProperty(name = "arbiter.deadlines.start-delay")
    Duration startDelay;

    @Inject
    @ConfigProperty(name = "arbiter.deadlines.lanes")
    int lanes;

    @Inject
    @ConfigProperty(name = "arbiter.deadlines.failure-retry")
    Duration failureRetry;

    /** How often the engine looks for due clocks when nothing wakes it earlier. */
    public Duration sweepInterval() {
        return sweepInterval;
    }

    /** Cases per transaction. */
    public int batchSize() {
        return batchSize;
    }

    /** How long one sweep may run before it lets other work have the machine. */
    public Duration sweepBudget() {
        return sweepBudget;
    }

    /** The rest between two sweeps while the engine catches up with a backlog. */
    public Duration catchUpPause() {
        return catchUpPause;
    }

    public Duration startDelay() {
        return startDelay;
    }

    /** How many batches run side by side, each on its own share of the cases. */
    public int lanes() {
        return lanes;
    }

    /** How long a case whose actions failed is set aside before the engine tries it again. */
    public Duration failureRetry() {
        return failureRetry;
    }
}
