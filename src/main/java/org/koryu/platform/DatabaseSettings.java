package org.koryu.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the data lives. By default an embedded Derby database in {@code KORYU_DATA_DIR}
 * (default {@code ./data}); {@code KORYU_DB_URL} (with {@code KORYU_DB_USER} and
 * {@code KORYU_DB_PASSWORD}) chooses another database, e.g. PostgreSQL shared by several instances.
 *
 * <p>Read through {@link ConfigProvider} rather than injected: the container creates the data
 * source before CDI is ready.
 */
public record DatabaseSettings(Path dataDir, String url, String user, String password, int derbyPageCachePages) {

    /**
     * Embedded Derby keeps 1,000 pages in memory by default: 100,000 items' rows alone fill about
     * 9,000, so every text search of the editor lists would read them from disk again. At 4 KB a
     * page this is about 50 MB.
     */
    static final int DERBY_PAGE_CACHE_PAGES = 12_000;

    public static DatabaseSettings current() {
        Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
        return of(dataDir(config), config.getOptionalValue("koryu.db.url", String.class),
                config.getOptionalValue("koryu.db.user", String.class).orElse(null),
                config.getOptionalValue("koryu.db.password", String.class).orElse(null),
                config.getOptionalValue("koryu.derby.page-cache-pages", Integer.class).orElse(DERBY_PAGE_CACHE_PAGES));
    }

    /** The same settings read from environment variables, for commands that run while Koryu is stopped. */
    public static DatabaseSettings fromEnvironment(Map<String, String> env) {
        return of(Path.of(env.getOrDefault("KORYU_DATA_DIR", "data")).toAbsolutePath().normalize(),
                Optional.ofNullable(env.get("KORYU_DB_URL")), env.get("KORYU_DB_USER"), env.get("KORYU_DB_PASSWORD"),
                DERBY_PAGE_CACHE_PAGES);
    }

    private static DatabaseSettings of(Path dataDir, Optional<String> url, String user, String password, int derbyPageCachePages) {
        return new DatabaseSettings(dataDir, url.orElse("jdbc:derby:" + dataDir.resolve("db") + ";create=true"), user, password,
                derbyPageCachePages);
    }

    static Path dataDir(Config config) {
        return Path.of(config.getOptionalValue("koryu.data.dir", String.class).orElse("data")).toAbsolutePath().normalize();
    }

    public boolean embeddedDerby() {
        return url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
    }
}
