package org.koryu.content;

import jakarta.json.JsonValue;

/** One field that differs between two revisions: its path (e.g. {@code title.ja}, {@code occurrences[1].end}) and both values. */
public record FieldChange(String field, JsonValue from, JsonValue to) {
}
