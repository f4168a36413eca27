package org.arbiter.it;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Plain SQL for container tests, from inside the EJB module where the persistence unit lives: what a
 * test checks is the rows, not the mapping.
 */
@ApplicationScoped
public class Database {

    @PersistenceContext
    EntityManager em;

    public List<?> rows(String sql, Object... parameters) {
        return bind(em.createNativeQuery(sql), parameters).getResultList();
    }

    public Object value(String sql, Object... parameters) {
        return bind(em.createNativeQuery(sql), parameters).getSingleResult();
    }

    /** Changes rows behind the application's back, committed at once: how a test makes bad data. */
    @Transactional
    public int update(String sql, Object... parameters) {
        return bind(em.createNativeQuery(sql), parameters).executeUpdate();
    }

    private static Query bind(Query query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
