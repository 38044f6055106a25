package org.koryu.delivery.preview;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.koryu.accounts.CurrentActor;
import org.koryu.accounts.Role;
import org.koryu.platform.TimeZones;

/** {@code /api/v1/manage/preview-tokens}: admins issue (the secret is shown once), list and revoke preview tokens. */
@Path("/v1/manage/preview-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "management")
public class PreviewTokenResource {

    @Inject
    PreviewTokens tokens;

    @Inject
    CurrentActor current;

    /** What an admin asks for; both optional (lifetime one hour, at most seven days). */
    public record IssueRequest(String note, Integer expiresInMinutes) {
    }

    /** A token as listed: never its secret. */
    public record TokenJson(long id, String prefix, String note, String issuedBy, OffsetDateTime createdAt,
                            OffsetDateTime expiresAt, OffsetDateTime revokedAt) {

        static TokenJson of(PreviewToken t) {
            return new TokenJson(t.id(), t.prefix(), t.note(), t.issuedBy(), TimeZones.tokyo(t.createdAt()),
                    TimeZones.tokyo(t.expiresAt()), TimeZones.tokyo(t.revokedAt()));
        }
    }

    /** The answer to an issue: the only time the secret is shown. */
    public record IssuedJson(long id, String token, String note, OffsetDateTime expiresAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a preview token (admin)")
    public Response issue(IssueRequest request) {
        requireAdmin();
        IssueRequest r = request == null ? new IssueRequest(null, null) : request;
        PreviewTokens.Issued issued = tokens.issue(current.actor().name(), r.note(), r.expiresInMinutes());
        return Response.status(Response.Status.CREATED)
                .entity(new IssuedJson(issued.token().id(), issued.secret(), issued.token().note(),
                        TimeZones.tokyo(issued.token().expiresAt())))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Operation(summary = "The preview tokens (admin), without their secrets")
    public List<TokenJson> list() {
        requireAdmin();
        return tokens.all().stream().map(TokenJson::of).toList();
    }

    @DELETE
    @Path("{id:[0-9]+}")
    @Operation(summary = "Revoke a preview token (admin)")
    public Response revoke(@PathParam("id") long id) {
        requireAdmin();
        tokens.revoke(id);
        return Response.noContent().build();
    }

    private void requireAdmin() {
        if (!current.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("Only admins issue and revoke preview tokens");
        }
    }
}
