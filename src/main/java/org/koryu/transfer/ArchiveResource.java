package org.koryu.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.koryu.accounts.CurrentActor;
import org.koryu.accounts.Role;

/**
 * {@code /api/v1/manage/export} and {@code /import} (admins only): all of Koryu's data as one zip,
 * and that zip taken into an empty Koryu.
 */
@jakarta.ws.rs.Path("/v1/manage")
@Tag(name = "management")
public class ArchiveResource {

    static final String ZIP = "application/zip";

    @Inject
    DataTransfer transfer;

    @Inject
    CurrentActor current;

    @Inject
    Clock clock;

    /** The manifest's figures, answered after an import. */
    public record ImportedJson(String createdAt, List<Manifest.Entry> tables, int mediaFiles) {
    }

    @GET
    @jakarta.ws.rs.Path("export")
    @Produces(ZIP)
    @Operation(summary = "Everything (items with all revisions, audit, accounts, tokens, media, schedules) as one archive (admin)")
    public Response export() {
        requireAdmin();
        StreamingOutput body = transfer::exportTo;
        String name = "koryu-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant()) + ".zip";
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @jakarta.ws.rs.Path("import")
    @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take an archive into this Koryu, which must be empty (admin); all or nothing")
    public ImportedJson importArchive(InputStream body) {
        requireAdmin();
        Path archive = null;
        try {
            // A zip is read from its end: it is kept whole before anything is checked.
            archive = Files.createTempFile("koryu-import", ".zip");
            Files.copy(body, archive, StandardCopyOption.REPLACE_EXISTING);
            Manifest manifest = transfer.importFrom(archive);
            return new ImportedJson(manifest.createdAt().toString(), manifest.tables(), manifest.media().size());
        } catch (IOException e) {
            throw new UncheckedIOException("The archive could not be received: " + e.getMessage(), e);
        } finally {
            if (archive != null) {
                archive.toFile().delete();
            }
        }
    }

    private void requireAdmin() {
        if (!current.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("Only admins export and import Koryu's data");
        }
    }
}
