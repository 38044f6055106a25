package org.koryu.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Compares two revisions field by field. Objects are compared member by member; lists of the
 * same length element by element; a list that grew or shrank is one change of the whole list,
 * which reads better than a cascade of shifted elements.
 */
public final class RevisionDiff {

    private RevisionDiff() {
    }

    public static List<FieldChange> between(String fromJson, String toJson) {
        List<FieldChange> changes = new ArrayList<>();
        compare("", parse(fromJson), parse(toJson), changes);
        return changes;
    }

    /**
     * Every field of both revisions, one row each, in the order of the newer one, with the changed
     * ones marked: what a reviewer reads side by side. {@code fromJson} may be null (nothing live yet).
     */
    public static List<FieldPair> sideBySide(String fromJson, String toJson) {
        java.util.Map<String, String> from = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> to = new java.util.LinkedHashMap<>();
        if (fromJson != null) {
            flatten("", parse(fromJson), from);
        }
        flatten("", parse(toJson), to);
        Set<String> fields = new LinkedHashSet<>(to.keySet());
        fields.addAll(from.keySet());
        List<FieldPair> rows = new ArrayList<>();
        for (String field : fields) {
            String a = from.get(field);
            String b = to.get(field);
            rows.add(new FieldPair(field, a, b, !java.util.Objects.equals(a, b)));
        }
        return rows;
    }

    private static void flatten(String path, JsonValue value, java.util.Map<String, String> into) {
        if (value instanceof JsonObject o) {
            o.forEach((key, v) -> flatten(path.isEmpty() ? key : path + "." + key, v, into));
        } else if (value instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                flatten(path + "[" + i + "]", a.get(i), into);
            }
        } else if (value.getValueType() != JsonValue.ValueType.NULL) {
            into.put(path, value instanceof jakarta.json.JsonString s ? s.getString() : value.toString());
        }
    }

    private static void compare(String path, JsonValue a, JsonValue b, List<FieldChange> changes) {
        if (a.equals(b)) {
            return;
        }
        if (a instanceof JsonObject oa && b instanceof JsonObject ob) {
            Set<String> keys = new LinkedHashSet<>(oa.keySet());
            keys.addAll(ob.keySet());
            for (String key : keys) {
                compare(path.isEmpty() ? key : path + "." + key,
                        oa.getOrDefault(key, JsonValue.NULL), ob.getOrDefault(key, JsonValue.NULL), changes);
            }
        } else if (a instanceof JsonArray la && b instanceof JsonArray lb && la.size() == lb.size()) {
            for (int i = 0; i < la.size(); i++) {
                compare(path + "[" + i + "]", la.get(i), lb.get(i), changes);
            }
        } else {
            changes.add(new FieldChange(path, a, b));
        }
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
