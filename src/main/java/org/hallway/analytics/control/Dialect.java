package org.hallway.analytics.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.hallway.platform.Database;

/**
 * The one thing the analytics' SQL cannot say portably: the milliseconds between two timestamps
 * (H2's {@code DATEDIFF}, PostgreSQL's {@code EXTRACT(EPOCH …)}). Everything else is standard SQL
 * both run (window functions, {@code OFFSET … FETCH}).
 */
@ApplicationScoped
public class Dialect {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private volatile Boolean postgres;

    /** The milliseconds from {@code from} to {@code to}, two SQL timestamp expressions. */
    public String millisBetween(String from, String to) {
        return isPostgres()
                ? "CAST(EXTRACT(EPOCH FROM (" + to + " - " + from + ")) * 1000 AS BIGINT)"
                : "DATEDIFF('MILLISECOND', " + from + ", " + to + ")";
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try (var connection = dataSource.getConnection()) {
                known = connection
                        .getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase(Locale.ROOT)
                        .contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach the database", e);
            }
            postgres = known;
        }
        return known;
    }
}
