package org.arbiter.cases;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Hands out unique case serials from the database sequence {@code dispute_case_seq}. The sequence steps
 * by {@value #BLOCK}, and each step reserves a block of that many serials for this node: one round trip
 * per {@value #BLOCK} cases, and no two nodes ever share a serial.
 *
 * <p>Taking a serial from the current block is lock-free; only the filing that finds the block used up
 * takes the lock to reserve the next, so that the other filings do not queue behind one another (they did,
 * on every filing, when the whole method was {@code synchronized}).
 */
@ApplicationScoped
public class CaseSerials {

    /** Must equal the sequence's INCREMENT BY. */
    static final int BLOCK = 50;

    @PersistenceContext
    EntityManager em;

    private volatile Block block = Block.USED_UP;

    public long next() {
        while (true) {
            Block current = block;
            long serial = current.take();
            if (serial >= 0) {
                return serial;
            }
            synchronized (this) {
                if (block == current) {
                    block = new Block(reserveBlock());
                }
            }
        }
    }

    /** The first serial of a newly reserved block: one step of the sequence. */
    long reserveBlock() {
        return ((Number) em.createNativeQuery(nextValueSql()).getSingleResult()).longValue();
    }

    private String nextValueSql() {
        Dialect dialect = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect();
        return dialect.getSequenceSupport().getSequenceNextValString("dispute_case_seq");
    }

    /** {@value #BLOCK} serials from {@code low}, taken one at a time by any number of threads. */
    static final class Block {

        static final Block USED_UP = new Block(0, BLOCK);

        private final long low;
        private final AtomicLong taken;

        Block(long low) {
            this(low, 0);
        }

        private Block(long low, long taken) {
            this.low = low;
            this.taken = new AtomicLong(taken);
        }

        /** The next serial of the block, or -1 once all are taken. */
        long take() {
            long offset = taken.getAndIncrement();
            return offset < BLOCK ? low + offset : -1;
        }
    }
}
