package org.koryu.delivery.preview;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.koryu.content.ContentNotFoundException;
import org.koryu.content.ContentType;
import org.koryu.content.ContentTypes;

/**
 * {@code GET /api/v1/preview/{collection}/{id}}: the latest revision of an item, drafts included,
 * for a site previewing what editors prepare. Never stored by caches.
 */
@Path("/v1/preview")
@Tag(name = "preview")
public class PreviewResource {

    @Inject
    ContentTypes types;

    @Inject
    DraftPreview preview;

    @GET
    @Path("{collection}/{id:[0-9]+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest revision of an item, with a preview token")
    public Response latest(@PathParam("collection") String collection, @PathParam("id") long id,
                           @HeaderParam("Preview-Token") String header, @QueryParam("previewToken") String parameter) {
        ContentType<?> type = types.byCollection(collection)
                .orElseThrow(() -> new ContentNotFoundException("No collection '" + collection + "'"));
        DraftPreview.Preview latest = preview.latest(type, id, header != null ? header : parameter);
        return Response.ok(latest.document(), MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .header("Cache-Control", "private, no-store")
                .header("Vary", "Preview-Token")
                .header("Koryu-State", latest.state())
                .header("Koryu-Revision", latest.revision())
                .build();
    }
}
