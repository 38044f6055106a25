package org.koryu.content.api;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.koryu.content.ContentItem;
import org.koryu.content.ContentJson;
import org.koryu.content.ContentType;
import org.koryu.workflow.ScheduledTransition;
import org.koryu.workflow.engine.TransitionDefinition;

/**
 * The management representation of an item: its content fields exactly as a client sends them
 * (so a GET body can be edited and PUT back) beside the item's workflow facts, which a PUT ignores.
 */
final class ManagedItemJson {

    /** Fields of the representation that are not content; content types must not use these names. */
    static final List<String> META = List.of("id", "contentType", "slug", "state", "workflow", "revision", "liveRevision",
            "createdAt", "createdBy", "updatedAt", "updatedBy", "publishedAt", "schedules", "transitions", "derived");

    private ManagedItemJson() {
    }

    @SuppressWarnings("unchecked")
    static JsonObject of(ContentItem item, ContentType<?> type, Object content, List<ScheduledTransition> pending,
                         List<TransitionDefinition> available) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", item.id())
                .add("contentType", item.type())
                .add("slug", item.slug())
                .add("state", item.state())
                .add("workflow", item.workflow())
                .add("revision", item.currentRevision())
                .add("liveRevision", item.liveRevision() == null ? JsonValue.NULL : Json.createValue(item.liveRevision()))
                .add("createdAt", item.createdAt().toString())
                .add("createdBy", item.createdBy())
                .add("updatedAt", item.updatedAt().toString())
                .add("updatedBy", item.updatedBy())
                .add("publishedAt", item.publishedAt() == null ? JsonValue.NULL : Json.createValue(item.publishedAt().toString()));
        var schedules = Json.createArrayBuilder();
        pending.forEach(s -> schedules.add(schedule(s)));
        b.add("schedules", schedules);
        var transitions = Json.createArrayBuilder();
        available.forEach(t -> transitions.add(t.name()));
        b.add("transitions", transitions);
        Map<String, Object> derived = ((ContentType<Object>) type).derived(content);
        b.add("derived", parse(ContentJson.write(derived)));
        parse(ContentJson.write(content)).asJsonObject().forEach((key, value) -> {
            if (!META.contains(key)) {
                b.add(key, value);
            }
        });
        return b.build();
    }

    static JsonObject schedule(ScheduledTransition s) {
        return Json.createObjectBuilder()
                .add("id", s.id())
                .add("transition", s.transition())
                .add("at", s.dueAt().toString())
                .add("revision", s.revision())
                .add("by", s.actor())
                .add("status", s.status().name().toLowerCase(java.util.Locale.ROOT))
                .build();
    }

    static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    static String etag(ContentItem item) {
        return "\"" + item.id() + "-r" + item.currentRevision() + "\"";
    }
}
