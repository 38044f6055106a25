package org.koryu.delivery;

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

import org.koryu.content.BadParameterException;
import org.koryu.content.ContentNotFoundException;
import org.koryu.content.ContentType;
import org.koryu.content.ContentTypes;
import org.koryu.content.QueryParameters;

/**
 * The public lists and items of every content type: {@code /api/v1/{collection}} and
 * {@code /api/v1/{collection}/{slug}}. Published content only; each type reads its own filters.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    @Inject
    ContentTypes types;

    @Inject
    DeliveryService delivery;

    @Inject
    HttpCaching caching;

    @GET
    @Path("{collection}")
    public Response list(@PathParam("collection") String collection, @Context UriInfo uri, @Context HttpHeaders headers) {
        ContentType<?> type = type(collection);
        CachedAnswer answer = delivery.list(type, new QueryParameters(uri.getQueryParameters()));
        return caching.answer(answer, headers, "Accept-Encoding");
    }

    @GET
    @Path("{collection}/{slug}")
    public Response item(@PathParam("collection") String collection, @PathParam("slug") String slug,
                         @Context HttpHeaders headers) {
        CachedAnswer answer = delivery.item(type(collection), slug);
        return caching.answer(answer, headers, "Accept, Accept-Encoding");
    }

    @GET
    @Path("sync")
    public Response sync(@Context UriInfo uri, @Context HttpHeaders headers) {
        return caching.answer(delivery.sync(new QueryParameters(uri.getQueryParameters())), headers, "Accept-Encoding");
    }

    private ContentType<?> type(String collection) {
        return types.byCollection(collection).orElseThrow(() ->
                new ContentNotFoundException("No collection '" + collection + "' (there are "
                        + String.join(", ", types.all().stream().map(ContentType::collection).toList()) + ")"));
    }

    static int limit(QueryParameters parameters, int defaultLimit, int max) {
        return parameters.single("limit").map(value -> {
            try {
                int limit = Integer.parseInt(value);
                if (limit >= 1 && limit <= max) {
                    return limit;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new BadParameterException("limit", "'" + value + "' is not a number from 1 to " + max);
        }).orElse(defaultLimit);
    }
}
