package org.arbiter.bench.naive;

import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** One persistent single-action timer per deadline, each carrying its case id: what Arbiter does not do. */
@Singleton
public class NaiveDeadlines {

    @Resource
    TimerService timers;

    private final AtomicLong fired = new AtomicLong();

    /** Creates {@code count} timers in one transaction, due from {@code firstDue} one millisecond apart. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createBatch(long firstCase, int count, long firstDue) {
        for (int i = 0; i < count; i++) {
            timers.createSingleActionTimer(new Date(firstDue + i), new TimerConfig("case-" + (firstCase + i), true));
        }
    }

    @Timeout
    void expire(Timer timer) {
        fired.incrementAndGet();
    }

    public long fired() {
        return fired.get();
    }
}
