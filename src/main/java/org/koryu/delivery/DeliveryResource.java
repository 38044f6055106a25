package org.koryu.delivery;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.koryu.content.ContentNotFoundException;
import org.koryu.content.ContentType;
import org.koryu.content.ContentTypes;
import org.koryu.content.ItemFormat;
import org.koryu.content.QueryParameters;

/**
 * The public lists and items of every content type: {@code /api/v1/{collection}} and
 * {@code /api/v1/{collection}/{slug}}, and the sync feed. Published content only; each type reads
 * its own filters and may offer other formats of an item (chosen by {@code Accept}).
 */
@Path("/v1")
@Tag(name = "delivery")
public class DeliveryResource {

    @Inject
    ContentTypes types;

    @Inject
    DeliveryService delivery;

    @Inject
    HttpCaching caching;

    @GET
    @Path("{collection}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A page of a collection's published items", description = "See the concrete collections")
    public Response list(@PathParam("collection") String collection, @Context UriInfo uri, @Context HttpHeaders headers) {
        ContentType<?> type = type(collection);
        CachedAnswer answer = delivery.list(type, new QueryParameters(uri.getQueryParameters()));
        return caching.answer(answer, headers, null);
    }

    @GET
    @Path("{collection}/{slug}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "One published item by slug", description = "See the concrete collections")
    public Response item(@PathParam("collection") String collection, @PathParam("slug") String slug,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        ContentType<?> type = type(collection);
        ItemFormat format = negotiate(type, headers);
        URI apiBase = uri.getBaseUriBuilder().path("v1/").build();
        CachedAnswer answer = delivery.item(type, slug, format, apiBase);
        return caching.answer(answer, headers, type.itemFormats().isEmpty() ? null : HttpHeaders.ACCEPT);
    }

    @GET
    @Path("sync")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes and removals since a token")
    public Response sync(@Context UriInfo uri, @Context HttpHeaders headers) {
        return caching.answer(delivery.sync(new QueryParameters(uri.getQueryParameters())), headers, null);
    }

    /**
     * The format the client prefers: JSON for {@code application/json} and wildcards, a type's
     * format for its media type; JSON when nothing offered is acceptable, as most APIs do.
     */
    static ItemFormat negotiate(ContentType<?> type, HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return null;
            }
            for (ItemFormat format : type.itemFormats()) {
                if (accepted.isCompatible(MediaType.valueOf(format.mediaType()))) {
                    return format;
                }
            }
        }
        return null;
    }

    private ContentType<?> type(String collection) {
        return types.byCollection(collection).orElseThrow(() ->
                new ContentNotFoundException("No collection '" + collection + "' (there are "
                        + String.join(", ", types.all().stream().map(ContentType::collection).toList()) + ")"));
    }
}
