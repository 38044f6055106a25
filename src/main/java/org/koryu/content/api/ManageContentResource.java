package org.koryu.content.api;

import java.io.StringReader;
import java.net.URI;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.koryu.accounts.CurrentActor;
import org.koryu.content.ContentCode;
import org.koryu.content.ContentItem;
import org.koryu.content.ContentNotFoundException;
import org.koryu.content.ContentService;
import org.koryu.content.NewItems;
import org.koryu.content.ContentType;
import org.koryu.content.ContentTypes;
import org.koryu.content.ContentJson;
import org.koryu.content.ValidationException;
import org.koryu.platform.api.Problem;

/**
 * Create, read and update content of every type: {@code /api/v1/manage/{collection}[/{id}]}.
 * Updates must name the revision they change ({@code If-Match} with the item's ETag): a stale
 * one is refused with 412, a missing one with 428.
 */
@Path("/v1/manage")
@Produces(MediaType.APPLICATION_JSON)
public class ManageContentResource {

    @Inject
    ContentTypes types;

    @Inject
    ContentService contents;

    @Inject
    NewItems newItems;

    @Inject
    ManagedItems managed;

    @Inject
    CurrentActor current;

    @POST
    @Path("{collection:(?!content|import)[a-z-]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("collection") String collection, String body, @Context UriInfo uri) {
        ContentType<?> type = type(collection);
        JsonObject json = object(body);
        ContentItem item = create(type, json);
        URI location = uri.getBaseUriBuilder().path("v1/manage").path(collection).path(String.valueOf(item.id())).build();
        return Response.created(location).tag(etagValue(item)).entity(represent(item).toString()).build();
    }

    private <C> ContentItem create(ContentType<C> type, JsonObject json) {
        String slug = json.get("slug") instanceof JsonString s ? s.getString() : null;
        return newItems.create(type, slug, ContentJson.read(json.toString(), type.contentClass()), current.actor());
    }

    @GET
    @Path("{collection:(?!content|import)[a-z-]+}/{id:[0-9]+}")
    public Response get(@PathParam("collection") String collection, @PathParam("id") long id) {
        ContentItem item = itemOf(collection, id);
        return Response.ok(represent(item).toString()).tag(etagValue(item)).build();
    }

    @PUT
    @Path("{collection:(?!content|import)[a-z-]+}/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("collection") String collection, @PathParam("id") long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        ContentItem item = itemOf(collection, id);
        if (ifMatch == null || ifMatch.isBlank()) {
            return Problem.of(428, "Precondition required", "Send If-Match with the ETag of the revision you edited "
                    + "(GET gives it), so that nobody's later change is overwritten").response();
        }
        int basedOn = revisionIn(ifMatch, item);
        if (basedOn < 0) {
            return Problem.of(412, "Outdated revision", "If-Match " + ifMatch + " does not name a revision of item " + id
                    + "; its current ETag is " + ManagedItemJson.etag(item)).response();
        }
        ContentItem saved = save(item, basedOn, object(body));
        return Response.ok(represent(saved).toString()).tag(etagValue(saved)).build();
    }

    private ContentItem save(ContentItem item, int basedOn, JsonObject json) {
        ContentType<?> type = types.byName(item.type());
        if (json.get("slug") instanceof JsonString s && !s.getString().equals(item.slug())) {
            throw ValidationException.of("slug", ContentCode.SLUG_UNCHANGEABLE, item.slug());
        }
        return contents.save(item.id(), basedOn, ContentJson.read(json.toString(), type.contentClass()), current.actor());
    }

    private JsonObject represent(ContentItem item) {
        return managed.represent(item);
    }

    private ContentItem itemOf(String collection, long id) {
        ContentType<?> type = type(collection);
        ContentItem item = contents.item(id);
        if (!item.type().equals(type.name())) {
            throw new ContentNotFoundException("Item " + id + " is a " + item.type() + ", not in " + collection);
        }
        return item;
    }

    private ContentType<?> type(String collection) {
        return types.byCollection(collection).orElseThrow(() -> new ContentNotFoundException("No collection '" + collection + "'"));
    }

    /** The revision an If-Match names, or -1 when it names none of this item's (strong comparison: weak tags never match). */
    static int revisionIn(String ifMatch, ContentItem item) {
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            String prefix = "\"" + item.id() + "-r";
            if (t.startsWith(prefix) && t.endsWith("\"")) {
                try {
                    return Integer.parseInt(t.substring(prefix.length(), t.length() - 1));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    static jakarta.ws.rs.core.EntityTag etagValue(ContentItem item) {
        return new jakarta.ws.rs.core.EntityTag(item.id() + "-r" + item.currentRevision());
    }

    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw ValidationException.of("(body)", ContentCode.JSON_OBJECT_REQUIRED);
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ValidationException.of("(body)", ContentCode.NOT_A_JSON_OBJECT,
                        value.getValueType().name().toLowerCase());
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw ValidationException.of("(body)", ContentCode.NOT_JSON, e.getMessage());
        }
    }
}
