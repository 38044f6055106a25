package org.koryu.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.koryu.media.MediaSettings;
import org.koryu.platform.DataSourceDeclaration;

/**
 * Export and import of everything on the running Koryu's database and media folder; the command
 * ({@link ArchiveCommand}) does the same on a stopped one. Each runs in its own JDBC transaction
 * rather than a JTA one: the archive is written and read outside any entity.
 */
@ApplicationScoped
public class DataTransfer {

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    MediaSettings media;

    @Inject
    Clock clock;

    @Inject
    Event<ArchiveImported> imported;

    public void exportTo(OutputStream out) {
        try (Connection connection = dataSource.getConnection()) {
            new ArchiveExport(connection, media.folder()).writeTo(out, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("Export failed in the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Export failed while writing: " + e.getMessage(), e);
        }
    }

    public Manifest importFrom(Path archive) {
        Manifest manifest;
        try (Connection connection = dataSource.getConnection()) {
            manifest = new ArchiveImport(connection, media.folder()).importFrom(archive);
        } catch (SQLException e) {
            throw new IllegalStateException("Import failed in the database, nothing was imported: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Import failed while reading, nothing was imported: " + e.getMessage(), e);
        }
        imported.fire(new ArchiveImported(manifest.tables().size(), manifest.media().size()));
        return manifest;
    }
}
