package org.hallway.analytics.control;

import jakarta.persistence.Query;
import java.util.List;

/** Reading native query results whatever the JPA provider's types (Integer, Long, BigInteger, BigDecimal). */
final class Sql {

    private Sql() {}

    static long longOf(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A TIMESTAMP column as the provider returns it (java.sql.Timestamp or LocalDateTime). */
    static java.time.LocalDateTime time(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return (java.time.LocalDateTime) value;
    }

    /** A DATE value as the provider returns it (java.sql.Date or LocalDate). */
    static java.time.LocalDate date(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        return (java.time.LocalDate) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Query query) {
        return (List<Object[]>) query.getResultList();
    }
}
