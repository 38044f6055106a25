package org.koryu.content;

import java.io.Serial;
import java.io.Serializable;
import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/** One field that differs between two revisions: its path (e.g. {@code title.ja}, {@code occurrences[1].end}) and both values. */
public record FieldChange(String field, JsonValue from, JsonValue to) implements Serializable {

    /** Editor pages keep changes in the session, which may move to another instance; JSON-P values travel as their text. */
    @Serial
    private Object writeReplace() {
        return new AsText(field, from == null ? null : from.toString(), to == null ? null : to.toString());
    }

    private record AsText(String field, String from, String to) implements Serializable {

        @Serial
        private Object readResolve() {
            return new FieldChange(field, parse(from), parse(to));
        }

        private static JsonValue parse(String json) {
            if (json == null) {
                return null;
            }
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                return reader.readValue();
            }
        }
    }
}
