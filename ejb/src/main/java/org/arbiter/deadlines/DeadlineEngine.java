package org.arbiter.deadlines;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Wakes the platform up for its deadlines. The deadlines themselves are rows ({@link CaseDeadline}); the
 * engine owns two non-persistent EJB timers per node, whatever the number of deadlines: an interval timer
 * that sweeps for due clocks, and a single-action timer for the nearest clock when it comes before the next
 * sweep. A sweep runs batches ({@link DeadlineWorker}) until nothing is due or its time budget is spent, then
 * rests, so that a backlog (deadlines missed while the platform was down fire at start-up, oldest first)
 * never starves live traffic; with {@code arbiter.deadlines.lanes} above one, that many batches run side by
 * side on disjoint cases. Several nodes can run the engine against one database: each case's actions are
 * taken by the node that locks it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineEngine {

    private static final System.Logger LOG = System.getLogger(DeadlineEngine.class.getName());
    private static final String SWEEP = "deadline-sweep";
    private static final String WAKE_UP = "deadline-wake-up";

    @Resource
    TimerService timers;

    @Inject
    DeadlineWorker worker;

    @Resource
    ManagedExecutorService executor;

    @Inject
    DeadlineSettings settings;

    @Inject
    Clock clock;

    private final AtomicBoolean sweeping = new AtomicBoolean();
    private volatile Instant nextSweep;
    /** The single-action timer for the nearest clock, and when it fires; guarded by {@code this}. */
    private Timer wakeUp;
    private Instant wakeUpAt;

    @PostConstruct
    void start() {
        long delay = settings.startDelay().toMillis();
        long interval = settings.sweepInterval().toMillis();
        timers.createIntervalTimer(delay, interval, new TimerConfig(SWEEP, false));
        nextSweep = clock.instant().plusMillis(delay);
        LOG.log(Level.INFO, "Deadline engine sweeps every {0} ms, first in {1} ms", interval, delay);
    }

    @Timeout
    void onTimer(Timer timer) {
        if (SWEEP.equals(timer.getInfo())) {
            nextSweep = clock.instant().plus(settings.sweepInterval());
        } else {
            wokenUpBy(timer);
        }
        sweep();
    }

    /**
     * Takes every due action, batch after batch, within the time budget; with more than one lane, the lanes
     * run side by side (one on this thread, the others on the managed executor), each on its own cases.
     */
    public void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        boolean backlog = false;
        try {
            long budgetEnds = System.nanoTime() + settings.sweepBudget().toNanos();
            int lanes = settings.lanes();
            List<Future<Boolean>> others = new ArrayList<>();
            for (int lane = 1; lane < lanes; lane++) {
                Lane next = new Lane(lane, lanes);
                others.add(executor.submit(() -> sweepLane(next, budgetEnds)));
            }
            backlog = sweepLane(new Lane(0, lanes), budgetEnds);
            for (Future<Boolean> other : others) {
                backlog |= other.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | ExecutionException e) {
            LOG.log(Level.WARNING, "Deadline sweep failed; the clocks stay due and the next sweep retries", e);
        } finally {
            sweeping.set(false);
        }
        Instant now = clock.instant();
        if (backlog) {
            wakeUpAt(now.plus(settings.catchUpPause()));
        } else {
            worker.nextActionAt().map(at -> notBeforeAPause(at, now, settings.catchUpPause()))
                    .ifPresent(this::wakeUpIfBeforeNextSweep);
        }
    }

    /**
     * When to sweep for the earliest clock. A clock still due after a sweep is one it skipped, because another
     * transaction holds its case (a verification waiting on the marketplace, another node's batch): waking at
     * once would spin, sweep after sweep, for as long as that lock is held.
     */
    static Instant notBeforeAPause(Instant nextActionAt, Instant now, Duration pause) {
        Instant earliest = now.plus(pause);
        return nextActionAt.isBefore(earliest) && !nextActionAt.isAfter(now) ? earliest : nextActionAt;
    }

    /** One lane's batches until nothing is due or the budget is spent; true when clocks are still due. */
    private boolean sweepLane(Lane lane, long budgetEnds) {
        int batch = settings.batchSize();
        SweepResult result;
        boolean backlog;
        do {
            Instant now = clock.instant();
            try {
                result = worker.runBatch(now, batch, lane);
            } catch (RuntimeException batchFailed) {
                LOG.log(Level.WARNING, "A deadline batch failed; taking its cases one at a time", batchFailed);
                result = caseByCase(now, batch, lane);
            }
            backlog = result.dueRows() == batch;
        } while (backlog && result.cases() > 0 && System.nanoTime() < budgetEnds);
        return backlog;
    }

    /**
     * After a failed batch: each case in a transaction of its own, so that one case that cannot take its
     * action (a bug, bad data) holds up only itself; it is set aside for a while and retried.
     */
    private SweepResult caseByCase(Instant now, int batch, Lane lane) {
        int cases = 0;
        int actions = 0;
        List<Long> due = worker.dueCases(now, batch, lane);
        for (Long caseId : due) {
            try {
                SweepResult one = worker.runCase(now, caseId);
                cases += one.cases();
                actions += one.actions();
            } catch (RuntimeException caseFailed) {
                Instant retryAt = now.plus(settings.failureRetry());
                LOG.log(Level.ERROR, "The due clocks of case id " + caseId + " failed; they are retried at " + retryAt,
                        caseFailed);
                worker.setAside(caseId, now, retryAt);
                cases++; // dealt with for now: the sweep goes on to the next batch
            }
        }
        return new SweepResult(due.size(), cases, actions);
    }

    /** A transaction committed a clock that acts soon: wake up for it rather than at the next sweep. */
    public void onClocksChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClocksChanged changed) {
        wakeUpIfBeforeNextSweep(changed.nextActionAt());
    }

    private void wakeUpIfBeforeNextSweep(Instant at) {
        Instant sweep = nextSweep;
        if (sweep == null || at.isBefore(sweep)) {
            wakeUpAt(at);
        }
    }

    private synchronized void wokenUpBy(Timer timer) {
        if (timer.equals(wakeUp)) {
            wakeUp = null;
            wakeUpAt = null;
        }
    }

    private synchronized void wakeUpAt(Instant at) {
        if (wakeUpAt != null && !wakeUpAt.isAfter(at)) {
            return;
        }
        if (wakeUp != null) {
            try {
                wakeUp.cancel();
            } catch (IllegalStateException | EJBException alreadyFired) {
                // NoSuchObjectLocalException: it fired meanwhile; one extra sweep does no harm
            }
        }
        Instant now = clock.instant();
        Instant when = at.isAfter(now) ? at : now;
        wakeUp = timers.createSingleActionTimer(Date.from(when), new TimerConfig(WAKE_UP, false));
        wakeUpAt = when;
    }
}
