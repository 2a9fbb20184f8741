package org.hallway.platform;

import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Where Flyway finds the migrations for a database: the portable ones in {@code db/migration} and
 * the twins for this database's types in {@code db/vendor/h2} or {@code db/vendor/postgresql}
 * (see db/migration/README.md). Flyway 10 has no vendor placeholder, so the vendor is read from the
 * connection.
 */
public final class MigrationLocations {

    private MigrationLocations() {}

    public static String[] of(DataSource dataSource) {
        String product;
        try (var connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor(product)};
    }

    /** The folder name for a JDBC product name; only H2 and PostgreSQL are supported. */
    static String vendor(String product) {
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (name.equals("h2")) {
            return "h2";
        }
        if (name.equals("postgresql")) {
            return "postgresql";
        }
        throw new IllegalStateException("Hallway's migrations support H2 and PostgreSQL, not " + product);
    }
}
