package org.koryu.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the migrations in {@code db/migration} before anything reads
 * it. The ORM never creates or alters tables. Migrations are written once for Derby and
 * PostgreSQL; the few types that differ come in as placeholders.
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    private DataSource dataSource;

    private volatile boolean migrated;

    public void migrate() {
        Flyway flyway = flyway();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        migrated = true;
    }

    /**
     * True once this instance has applied its migrations. Migrations are never undone, so this stays
     * true; a newer instance adding migrations to a shared database does not leave this one's pending.
     */
    public boolean upToDate() {
        return migrated;
    }

    private Flyway flyway() {
        return flyway(dataSource, isPostgres(), "classpath:db/migration");
    }

    /** The one Flyway configuration, shared with the test that upgrades an older schema. */
    static Flyway flyway(DataSource dataSource, boolean postgres, String... locations) {
        return configuration(postgres).dataSource(dataSource).locations(locations).load();
    }

    /** Brings a database up to date while Koryu is stopped (the archive command imports into a new one). */
    public static MigrateResult migrate(String url, String user, String password) {
        return configuration(url.startsWith("jdbc:postgresql:")).dataSource(url, user, password).load().migrate();
    }

    private static FluentConfiguration configuration(boolean postgres) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .locations("classpath:db/migration")
                // Branches take version numbers in advance (V4 media beside V6 index): a database
                // already at V6 must still get V4 when it arrives, not refuse to start.
                .outOfOrder(true)
                .placeholders(Map.of(
                        "text_type", postgres ? "TEXT" : "CLOB",
                        "binary_type", postgres ? "BYTEA" : "BLOB"));
    }

    private boolean isPostgres() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer: " + e.getMessage(), e);
        }
    }
}
