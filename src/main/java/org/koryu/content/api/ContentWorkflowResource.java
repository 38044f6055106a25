package org.koryu.content.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.koryu.accounts.CurrentActor;
import org.koryu.content.BadParameterException;
import org.koryu.content.ContentCode;
import org.koryu.content.ContentItem;
import org.koryu.content.ContentService;
import org.koryu.content.Revision;
import org.koryu.content.TransitionOutcome;
import org.koryu.content.TransitionService;
import org.koryu.content.ValidationException;
import org.koryu.platform.TimeZones;
import org.koryu.platform.api.Problem;
import org.koryu.workflow.AuditLog;
import org.koryu.workflow.engine.TransitionRequest;

/**
 * The workflow side of any item: {@code /api/v1/manage/content/{id}} with its transitions,
 * revisions, field-level diff and audit history.
 */
@Path("/v1/manage/content/{id:[0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public class ContentWorkflowResource {

    @Inject
    ContentService contents;

    @Inject
    TransitionService transitions;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor current;

    @Inject
    ManagedItems items;

    @GET
    public Response get(@PathParam("id") long id) {
        ContentItem item = contents.item(id);
        return Response.ok(items.represent(item).toString()).tag(ManageContentResource.etagValue(item)).build();
    }

    @POST
    @Path("transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        JsonObject json = ManageContentResource.object(body);
        String name = text(json, "transition");
        if (name == null) {
            throw ValidationException.of("transition", ContentCode.TRANSITION_REQUIRED);
        }
        Integer revision = revision(json.get("revision"));
        if (ifMatch != null && !ifMatch.isBlank()) {
            int named = ManageContentResource.revisionIn(ifMatch, contents.item(id));
            if (named < 0 || (revision != null && revision != named)) {
                return Problem.of(412, "Outdated revision", "If-Match " + ifMatch + " does not name revision "
                        + (revision == null ? "" : revision + " ") + "of item " + id + "; nothing was changed")
                        .withCode("workflow.revision_outdated").response();
            }
            revision = named;
        }
        TransitionRequest request = new TransitionRequest(name, text(json, "comment"), instant(text(json, "at")), revision);
        TransitionOutcome outcome = transitions.fire(id, request, current.actor());
        ContentItem item = outcome.item();
        var answer = Json.createObjectBuilder()
                .add("id", item.id())
                .add("transition", outcome.decision().transition().name())
                .add("state", item.state())
                .add("revision", item.currentRevision())
                .add("liveRevision", item.liveRevision() == null ? JsonValue.NULL : Json.createValue(item.liveRevision()))
                .add("scheduled", outcome.scheduled() ? ManagedItemJson.schedule(outcome.schedule()) : JsonValue.NULL);
        return Response.ok(answer.build().toString()).tag(ManageContentResource.etagValue(item)).build();
    }

    @GET
    @Path("revisions")
    public Response revisions(@PathParam("id") long id) {
        ContentItem item = contents.item(id);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Revision r : contents.revisions(id)) {
            list.add(revisionHead(item, r));
        }
        return Response.ok(Json.createObjectBuilder().add("id", id).add("revisions", list).build().toString()).build();
    }

    @GET
    @Path("revisions/{number:[0-9]+}")
    public Response revision(@PathParam("id") long id, @PathParam("number") int number) {
        ContentItem item = contents.item(id);
        Revision r = contents.revision(id, number);
        JsonObject head = revisionHead(item, r);
        return Response.ok(Json.createObjectBuilder(head).add("content", ManagedItemJson.parse(r.content())).build().toString())
                .build();
    }

    @POST
    @Path("revisions/{number:[0-9]+}/restore")
    public Response restore(@PathParam("id") long id, @PathParam("number") int number,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ContentItem item = contents.item(id);
        if (ifMatch == null || ifMatch.isBlank()) {
            return Problem.of(428, "Precondition required", "Send If-Match with the item's current ETag").response();
        }
        int basedOn = ManageContentResource.revisionIn(ifMatch, item);
        if (basedOn < 0) {
            return Problem.of(412, "Outdated revision", "If-Match " + ifMatch + " is not a revision of item " + id).response();
        }
        ContentItem saved = contents.restoreRevision(id, number, basedOn, current.actor());
        return Response.ok(items.represent(saved).toString()).tag(ManageContentResource.etagValue(saved)).build();
    }

    @GET
    @Path("diff")
    public Response diff(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        ContentItem item = contents.item(id);
        int a = number("from", from, item.liveRevision() == null ? Math.max(1, item.currentRevision() - 1) : item.liveRevision());
        int b = number("to", to, item.currentRevision());
        JsonArrayBuilder changes = Json.createArrayBuilder();
        contents.diff(id, a, b).forEach(c -> changes.add(Json.createObjectBuilder()
                .add("field", c.field()).add("from", c.from()).add("to", c.to())));
        return Response.ok(Json.createObjectBuilder().add("id", id).add("from", a).add("to", b).add("changes", changes)
                .build().toString()).build();
    }

    @GET
    @Path("history")
    public Response history(@PathParam("id") long id) {
        contents.item(id);
        JsonArrayBuilder entries = Json.createArrayBuilder();
        audit.history(id).forEach(e -> entries.add(Json.createObjectBuilder()
                .add("at", e.occurredAt().toString())
                .add("user", e.actor())
                .add("transition", e.action())
                .add("from", e.fromState() == null ? JsonValue.NULL : Json.createValue(e.fromState()))
                .add("to", e.toState() == null ? JsonValue.NULL : Json.createValue(e.toState()))
                .add("comment", e.comment() == null ? JsonValue.NULL : Json.createValue(e.comment()))
                .add("revision", e.revision())));
        return Response.ok(Json.createObjectBuilder().add("id", id).add("history", entries).build().toString()).build();
    }

    private static JsonObject revisionHead(ContentItem item, Revision r) {
        return Json.createObjectBuilder()
                .add("number", r.number())
                .add("author", r.author())
                .add("createdAt", r.createdAt().toString())
                .add("note", r.note() == null ? JsonValue.NULL : Json.createValue(r.note()))
                .add("live", item.liveRevision() != null && item.liveRevision() == r.number())
                .add("current", item.currentRevision() == r.number())
                .build();
    }

    private static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "'" + value + "' is not a revision number");
        }
    }

    /** The revision the person decides on, if they named one; anything but a whole number from 1 on is refused. */
    private static Integer revision(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().signum() > 0
                && n.bigIntegerValue().bitLength() < Integer.SIZE) {
            return n.intValue();
        }
        throw ValidationException.of("revision", ContentCode.OUT_OF_RANGE, 1, Integer.MAX_VALUE);
    }

    private static String text(JsonObject json, String key) {
        return json.get(key) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
    }

    /** An instant with offset (2023-09-19T09:00:00+09:00), or a local date-time read in Tokyo time. */
    static Instant instant(String at) {
        if (at == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(at).atZone(TimeZones.TOKYO).toInstant();
            } catch (DateTimeException e2) {
                throw ValidationException.of("at", ContentCode.NOT_A_DATE_TIME, at);
            }
        }
    }
}
