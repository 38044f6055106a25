package org.koryu.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.koryu.platform.DataSourceDeclaration;
import org.koryu.platform.DatabaseSettings;

/**
 * Writes a consistent copy of the embedded Derby database and the media folder into
 * {@code backups/<UTC time>/} in the data folder while Koryu keeps serving.
 *
 * <p>The database goes first, then the media: an image's file is written before the transaction
 * that records it commits, so every image the copied database knows is already on disk when the
 * folder is copied. Files of later uploads may come along; nothing refers to them.
 */
@ApplicationScoped
public class OnlineBackup {

    private static final Logger LOG = Logger.getLogger(OnlineBackup.class.getName());

    private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    /** A finished backup: its folder, which holds {@code db/} and {@code media/} as the data folder does. */
    public record Backup(String name, Path folder, Instant startedAt, Instant finishedAt, int mediaFiles) {
    }

    /** One at a time: a second request waits rather than competing for the disk. */
    public synchronized Backup create() {
        DatabaseSettings settings = DatabaseSettings.current();
        if (!settings.embeddedDerby()) {
            throw new BackupNotHereException();
        }
        Instant started = clock.instant();
        Path folder = settings.dataDir().resolve("backups").resolve(FOLDER_NAME.format(started));
        Path incomplete = folder.resolveSibling(folder.getFileName() + ".incomplete");
        try {
            Files.createDirectories(incomplete);
            backUpDatabase(incomplete);
            int media = copyMedia(settings.dataDir().resolve("media"), incomplete.resolve("media"));
            // Only a whole backup carries the final name, so a crash midway never leaves one that looks usable.
            Files.move(incomplete, folder);
            Backup backup = new Backup(folder.getFileName().toString(), folder, started, clock.instant(), media);
            LOG.info(() -> "Online backup written to " + folder + " (" + media + " media files)");
            return backup;
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written to " + incomplete, e);
        }
    }

    /** Derby copies the database (folder {@code db}, named after the live one) while transactions go on. */
    private void backUpDatabase(Path into) {
        try (Connection c = dataSource.getConnection();
             CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, into.toString());
            call.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Derby's online backup failed: " + e.getMessage(), e);
        }
    }

    private static int copyMedia(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return 0;
        }
        int[] copied = {0};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // An upload being written (".part") is not yet an image anyone refers to.
                if (!file.getFileName().toString().endsWith(".part")) {
                    Files.copy(file, to.resolve(from.relativize(file)));
                    copied[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return copied[0];
    }
}
