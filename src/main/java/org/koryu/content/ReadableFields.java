package org.koryu.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The readable form of a revision for a type that does not spell out its own: one row per stored
 * field, labelled {@code type.field} (the form's label key), references shown by the referenced
 * item's name, codes by their label where the messages have one, lists joined with 「、」 and the parts of a record with a space.
 */
public final class ReadableFields {

    private ReadableFields() {
    }

    public static <C> List<ReadableField> of(ContentType<C> type, C content, ReadableNames names) {
        Map<String, String> referenced = new HashMap<>();
        Set<ContentRef> refs = type.references(content);
        refs.forEach(ref -> referenced.put(ref.slug(), ref.type()));
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(ContentJson.write(content)))) {
            json = reader.readObject();
        }
        List<ReadableField> fields = new ArrayList<>();
        json.forEach((field, value) -> {
            String label = type.name() + "." + field;
            String text = text(value, referenced, names);
            // A code with a label of its own (municipality.kind.city → 市) reads as that label.
            String coded = value instanceof JsonString ? names.text(label + "." + text) : null;
            fields.add(new ReadableField(label, coded == null || coded.equals(label + "." + text) ? text : coded));
        });
        return fields;
    }

    private static String text(JsonValue value, Map<String, String> referenced, ReadableNames names) {
        if (value instanceof JsonString s) {
            String type = referenced.get(s.getString());
            return type == null ? s.getString() : names.item(type, s.getString());
        }
        if (value instanceof JsonArray a) {
            String joined = a.stream().map(v -> text(v, referenced, names)).filter(t -> t != null && !t.isBlank())
                    .collect(Collectors.joining("、"));
            return joined.isEmpty() ? null : joined;
        }
        if (value instanceof JsonObject o) {
            String joined = o.values().stream().map(v -> text(v, referenced, names)).filter(t -> t != null && !t.isBlank())
                    .collect(Collectors.joining(" "));
            return joined.isEmpty() ? null : joined;
        }
        return value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString();
    }
}
