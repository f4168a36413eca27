package org.arbiter.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Hands out unique case serials from the database sequence {@code dispute_case_seq}. The sequence steps
 * by {@value #BLOCK}, and each step reserves a block of that many serials for this node: one round trip
 * per {@value #BLOCK} cases, and no two nodes ever share a serial.
 */
@ApplicationScoped
public class CaseSerials {

    /** Must equal the sequence's INCREMENT BY. */
    static final int BLOCK = 50;

    @PersistenceContext
    EntityManager em;

    private long next;
    private long limit;

    public synchronized long next() {
        if (next >= limit) {
            long low = ((Number) em.createNativeQuery(nextValueSql()).getSingleResult()).longValue();
            next = low;
            limit = low + BLOCK;
        }
        return next++;
    }

    private String nextValueSql() {
        Dialect dialect = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect();
        return dialect.getSequenceSupport().getSequenceNextValString("dispute_case_seq");
    }
}
