package io.verdict.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL query put together from optional conditions, each written once with the parameter it binds, so that a
 * filter's clause and its value can never drift apart (a clause without its parameter, or the reverse).
 */
public final class Jpql {

    private final StringBuilder text;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean hasWhere;
    private String orderBy = "";

    private Jpql(String selectFrom) {
        this.text = new StringBuilder(selectFrom);
    }

    /** A query starting with its SELECT … FROM …, without a WHERE. */
    public static Jpql of(String selectFrom) {
        return new Jpql(selectFrom);
    }

    /** Adds a condition with no parameter. */
    public Jpql where(String condition) {
        text.append(hasWhere ? " AND " : " WHERE ").append(condition);
        hasWhere = true;
        return this;
    }

    /** Adds a condition and binds its parameters, given as name, value, name, value… */
    public Jpql where(String condition, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Parameters come as name, value pairs: " + condition);
        }
        where(condition);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** Adds the condition only when its value is given: not null and, for a collection, not empty. */
    public Jpql whereGiven(String condition, String name, Object value) {
        boolean given = value != null && !(value instanceof Collection<?> values && values.isEmpty());
        return given ? where(condition, name, value) : this;
    }

    public Jpql orderBy(String order) {
        this.orderBy = " ORDER BY " + order;
        return this;
    }

    public <T> TypedQuery<T> query(EntityManager em, Class<T> type) {
        TypedQuery<T> query = em.createQuery(text + orderBy, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    public <T> List<T> list(EntityManager em, Class<T> type) {
        return query(em, type).getResultList();
    }

    @Override
    public String toString() {
        return text + orderBy;
    }
}
