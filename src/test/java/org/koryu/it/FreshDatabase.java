package org.koryu.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the PostgreSQL run of the integration tests an empty database, so that every run starts
 * like the Derby run does (on a folder Maven cleaned): it drops and creates the database that
 * {@code KORYU_DB_URL} names. Embedded Derby needs nothing here. An unreachable server fails the
 * run: the tests never fall back to another database.
 */
final class FreshDatabase {

    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?");

    private FreshDatabase() {
    }

    static void prepare() throws SQLException {
        String url = System.getenv("KORYU_DB_URL");
        if (url != null && !url.isBlank()) {
            recreate(url);
        }
    }

    /** Drops and creates the PostgreSQL database this URL names, and answers its name. */
    static String recreate(String url) throws SQLException {
        Matcher m = POSTGRES_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("The tests only know how to empty a PostgreSQL database, not " + url);
        }
        String database = m.group(2);
        // Any role allowed to create databases may connect to the maintenance database "postgres".
        String maintenance = m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3));
        try (Connection c = DriverManager.getConnection(maintenance, System.getenv("KORYU_DB_USER"), System.getenv("KORYU_DB_PASSWORD"));
             Statement s = c.createStatement()) {
            // FORCE ends sessions a killed earlier run may have left behind.
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL for the integration tests is not reachable at " + maintenance
                    + " (start it with .ci/postgresql, or skip this run with -Dkoryu.it.skip-postgresql=true): " + e.getMessage(), e);
        }
        return database;
    }
}
