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
