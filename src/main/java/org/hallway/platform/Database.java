package org.hallway.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Declares the application's datasource and brings its schema up to date before anything uses it.
 *
 * <p>The connection settings come from MicroProfile Config through {@link ConfiguredDataSource}
 * (environment variables such as {@code HALLWAY_DB_URL}; defaults in
 * {@code META-INF/microprofile-config.properties}). The schema is only ever changed by versioned
 * migrations, so an upgrade keeps the data.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.hallway.platform.ConfiguredDataSource",
        properties = "configPrefix=hallway.db",
        minPoolSize = 2,
        maxPoolSize = 32)
@Singleton
@Startup
// Flyway commits its own work; a container transaction around it would forbid that.
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/hallway";
    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Migrated done = upToDate(dataSource);
        LOG.log(Level.INFO, "Schema at version {0} ({1} migrations applied now)", done.version(), done.applied());
    }

    /** What a start-up's migration left: the schema's version (whether or not this start changed it). */
    record Migrated(String version, int applied) {}

    /** Applies what is missing; a separate name from the start-up method (an EJB may not overload its callback). */
    static Migrated upToDate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MigrationLocations.of(dataSource))
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        // The result's target version is null when nothing was left to apply: ask the schema itself.
        var current = flyway.info().current();
        return new Migrated(
                current == null || current.getVersion() == null
                        ? "none"
                        : current.getVersion().getVersion(),
                applied);
    }
}
