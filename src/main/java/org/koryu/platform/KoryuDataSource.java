package org.koryu.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The JDBC source behind the container's pool ({@link DataSourceDeclaration}). It reads
 * {@link DatabaseSettings} itself, so that one WAR runs on embedded Derby or PostgreSQL by
 * configuration alone, and finds the driver among those packed in the WAR.
 */
public class KoryuDataSource implements DataSource {

    private volatile Driver driver;
    private volatile DatabaseSettings settings;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        DatabaseSettings s = settings();
        Properties props = new Properties();
        if (s.user() != null) {
            props.setProperty("user", s.user());
        }
        if (s.password() != null) {
            props.setProperty("password", s.password());
        }
        Connection connection = driver(s).connect(s.url(), props);
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts " + s.url());
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    private DatabaseSettings settings() {
        if (settings == null) {
            settings = DatabaseSettings.current();
            if (settings.embeddedDerby()) {
                System.setProperty("derby.stream.error.file", settings.dataDir().resolve("derby.log").toString());
                // Read by Derby when its engine boots, which the first connection does.
                if (System.getProperty("derby.storage.pageCacheSize") == null) {
                    System.setProperty("derby.storage.pageCacheSize", Integer.toString(settings.derbyPageCachePages()));
                }
                settings.dataDir().toFile().mkdirs();
            }
        }
        return settings;
    }

    private Driver driver(DatabaseSettings s) throws SQLException {
        if (driver == null) {
            for (Driver candidate : ServiceLoader.load(Driver.class, KoryuDataSource.class.getClassLoader())) {
                if (candidate.acceptsURL(s.url())) {
                    driver = candidate;
                    break;
                }
            }
            if (driver == null) {
                throw new SQLException("No JDBC driver in Koryu accepts " + s.url() + " (Derby and PostgreSQL are included)");
            }
        }
        return driver;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // logging goes through the container
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
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
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
