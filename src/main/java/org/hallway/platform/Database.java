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
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(MigrationLocations.of(dataSource))
                .load()
                .migrate();
        LOG.log(Level.INFO, "Schema at version {0} ({1} migrations applied now)",
                result.targetSchemaVersion, result.migrationsExecuted);
    }
}
