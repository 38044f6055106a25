package org.koryu.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two revisions as a person reads them, one row per labelled field: what the review, the history,
 * a stale save and reloaded text show. Rows compare the readable values, so a field is marked
 * changed only when what the reader sees differs, whatever the stored JSON's order or nulls.
 */
public final class ReadableDiff {

    private ReadableDiff() {
    }

    /** Every field of both, in the order of the newer one; {@code from} may be empty (nothing live yet). */
    public static List<FieldPair> sideBySide(List<ReadableField> from, List<ReadableField> to) {
        Map<String, String> before = values(from);
        Map<String, String> after = values(to);
        Set<String> labels = new LinkedHashSet<>(after.keySet());
        labels.addAll(before.keySet());
        List<FieldPair> rows = new ArrayList<>();
        for (String label : labels) {
            String a = before.get(label);
            String b = after.get(label);
            if (a != null || b != null) {
                rows.add(new FieldPair(label, a, b, !Objects.equals(a, b)));
            }
        }
        return rows;
    }

    /** Only the fields that differ. */
    public static List<FieldPair> changes(List<ReadableField> from, List<ReadableField> to) {
        return sideBySide(from, to).stream().filter(FieldPair::changed).toList();
    }

    private static Map<String, String> values(List<ReadableField> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ReadableField f : fields) {
            values.put(f.label(), f.value() == null || f.value().isBlank() ? null : f.value());
        }
        return values;
    }
}
