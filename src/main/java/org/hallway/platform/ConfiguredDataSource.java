package org.hallway.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The datasource class the container pools: it reads the JDBC URL and credentials from
 * MicroProfile Config ({@code hallway.db.url}, {@code hallway.db.user}, {@code hallway.db.password})
 * and opens connections with whichever JDBC driver in the application accepts that URL.
 *
 * <p>Why not placeholders in {@code @DataSourceDefinition}: their syntax is server-specific
 * (Payara's {@code ${MPCONFIG=...}} is a class-not-found on WildFly); this class keeps the one WAR
 * deployable unchanged on both, and H2 or PostgreSQL is only a matter of configuration.
 */
public class ConfiguredDataSource implements DataSource {

    private String configPrefix = "hallway.db";
    private volatile Driver driver;
    private String url;
    private final Properties credentials = new Properties();
    private PrintWriter logWriter;
    private int loginTimeout;

    /**
     * The prefix of the configuration keys ({@code <prefix>.url}, {@code .user}, {@code .password}).
     * Set by the container from the datasource definition's properties (WildFly requires one).
     */
    public void setConfigPrefix(String configPrefix) {
        this.configPrefix = configPrefix;
    }

    public String getConfigPrefix() {
        return configPrefix;
    }

    /** Read on first use: the container sets the properties after construction. */
    private Driver driver() {
        if (driver == null) {
            synchronized (this) {
                if (driver == null) {
                    Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
                    url = config.getValue(configPrefix + ".url", String.class);
                    config.getOptionalValue(configPrefix + ".user", String.class)
                            .ifPresent(u -> credentials.setProperty("user", u));
                    config.getOptionalValue(configPrefix + ".password", String.class)
                            .ifPresent(p -> credentials.setProperty("password", p));
                    driver = driverFor(url);
                }
            }
        }
        return driver;
    }

    private static Driver driverFor(String url) {
        for (Driver candidate : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
            try {
                if (candidate.acceptsURL(url)) {
                    return candidate;
                }
            } catch (SQLException e) {
                // not this driver: try the next one
            }
        }
        throw new IllegalStateException("No JDBC driver in the application accepts hallway.db.url "
                + url.replaceAll("password=[^;&]*", "password=***"));
    }

    @Override
    public Connection getConnection() throws SQLException {
        return driver().connect(url, credentials);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        if (username == null || username.isBlank()) {
            // WildFly's pool asks with the definition's user and password, which are empty (the
            // credentials live in configuration): use the configured ones, as getConnection() does.
            return getConnection();
        }
        var properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password == null ? "" : password);
        return driver().connect(url, properties);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
