package org.arbiter.ledger;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sequences the custody log: every {@code arbiter.ledger.sequence-interval} (a non-persistent timer on each
 * node; the head lock makes them take turns) and on demand, when an export needs every event of a case in
 * the signed tree before it is written.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerSequencer {

    private static final System.Logger LOG = System.getLogger(LedgerSequencer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    LedgerWriter writer;

    @Inject
    LedgerSettings settings;

    @PostConstruct
    void start() {
        long interval = Math.max(50, settings.sequenceInterval().toMillis());
        timers.createIntervalTimer(Duration.ofSeconds(1).toMillis(), interval, new TimerConfig("ledger-sequencer", false));
    }

    @Timeout
    void onTimer(Timer timer) {
        try {
            sequenceAll();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "sequencing the custody log failed; the next run tries again", e);
        }
    }

    /** Sequences until nothing is waiting; returns how many leaves were appended. */
    public long sequenceAll() {
        long appended = 0;
        int batch;
        do {
            batch = writer.sequenceBatch(settings.batchSize());
            appended += batch;
        } while (batch == settings.batchSize());
        return appended;
    }
}
