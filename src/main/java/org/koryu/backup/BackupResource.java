package org.koryu.backup;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.koryu.accounts.CurrentActor;
import org.koryu.accounts.Role;
import org.koryu.platform.TimeZones;

/** {@code POST /api/v1/manage/backups}: an admin takes an online backup of the embedded database and the media. */
@Path("/v1/manage/backups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "management")
public class BackupResource {

    @Inject
    OnlineBackup backups;

    @Inject
    CurrentActor current;

    /** Where the backup is on the server and what it holds. */
    public record BackupJson(String name, String folder, OffsetDateTime startedAt, OffsetDateTime finishedAt, int mediaFiles) {
    }

    @POST
    @Operation(summary = "Take an online backup of the embedded database and the media (admin); 409 on PostgreSQL (use pg_dump)")
    public Response create() {
        if (!current.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("Only admins take backups");
        }
        OnlineBackup.Backup b = backups.create();
        return Response.status(Response.Status.CREATED)
                .entity(new BackupJson(b.name(), b.folder().toString(), TimeZones.tokyo(b.startedAt()),
                        TimeZones.tokyo(b.finishedAt()), b.mediaFiles()))
                .build();
    }
}
