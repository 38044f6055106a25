package org.koryu.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import org.koryu.platform.DatabaseMigrations;
import org.koryu.platform.DatabaseSettings;

/**
 * The export and import of {@link DataTransfer} as a command, for a Koryu that is stopped (embedded
 * Derby can be opened by one process only). It reads the same {@code KORYU_DATA_DIR} and
 * {@code KORYU_DB_*} variables as Koryu; an import first creates or upgrades the schema.
 *
 * <pre>mvn -q -Parchive -Darchive.action=export|import -Darchive.file=koryu.zip</pre>
 */
public final class ArchiveCommand {

    private ArchiveCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs one command; answers the exit status (0 done, 1 refused or failed, 2 wrong usage). */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length != 2 || !(args[0].equals("export") || args[0].equals("import"))) {
            err.println("usage: ArchiveCommand export|import <archive.zip>  (database from KORYU_DATA_DIR or KORYU_DB_URL, "
                    + "KORYU_DB_USER, KORYU_DB_PASSWORD)");
            return 2;
        }
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(env);
        Path archive = Path.of(args[1]).toAbsolutePath();
        Path media = settings.dataDir().resolve("media");
        if (settings.embeddedDerby()) {
            settings.dataDir().toFile().mkdirs();
            System.setProperty("derby.stream.error.file", settings.dataDir().resolve("derby.log").toString());
        }
        try {
            Manifest manifest = args[0].equals("export") ? export(settings, media, archive) : importArchive(settings, media, archive);
            out.println(args[0] + "ed " + archive + ": " + manifest.tables().stream().mapToLong(Manifest.Entry::count).sum()
                    + " rows in " + manifest.tables().size() + " tables, " + manifest.media().size() + " media files ("
                    + settings.url().replaceFirst(";.*$", "") + ")");
            return 0;
        } catch (ArchiveException e) {
            err.println(e.reason().code() + ": " + e.getMessage());
            return 1;
        } catch (SQLException | IOException | RuntimeException e) {
            err.println("failed: " + e.getMessage());
            return 1;
        } finally {
            if (settings.embeddedDerby()) {
                shutDownDerby(settings);
            }
        }
    }

    private static Manifest export(DatabaseSettings settings, Path media, Path archive) throws SQLException, IOException {
        if (settings.embeddedDerby() && !Files.isDirectory(settings.dataDir().resolve("db"))) {
            throw new IllegalArgumentException("No Koryu database in " + settings.dataDir() + " (set KORYU_DATA_DIR or KORYU_DB_URL)");
        }
        // Written beside its name and moved there when complete: a failed export leaves no archive that looks whole.
        Path part = archive.resolveSibling(archive.getFileName() + ".part");
        try (Connection connection = connect(settings); OutputStream out = Files.newOutputStream(part)) {
            Manifest manifest = new ArchiveExport(connection, media).writeTo(out, Instant.now());
            out.close();
            Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING);
            return manifest;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static Manifest importArchive(DatabaseSettings settings, Path media, Path archive) throws SQLException, IOException {
        if (!Files.isRegularFile(archive)) {
            throw new ArchiveException(ArchiveException.Reason.UNREADABLE, "No archive at " + archive);
        }
        DatabaseMigrations.migrate(settings.url(), settings.user(), settings.password());
        try (Connection connection = connect(settings)) {
            return new ArchiveImport(connection, media).importFrom(archive);
        }
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        Properties props = new Properties();
        if (settings.user() != null) {
            props.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            props.setProperty("password", settings.password());
        }
        return DriverManager.getConnection(settings.url(), props);
    }

    /** Closes the database cleanly, so that Koryu starts on it without recovery. */
    private static void shutDownDerby(DatabaseSettings settings) {
        try {
            DriverManager.getConnection(settings.url().replaceFirst(";.*$", "") + ";shutdown=true").close();
        } catch (SQLException e) {
            // Derby confirms the shutdown with SQLState 08006; a database never opened has nothing to close.
        }
    }
}
