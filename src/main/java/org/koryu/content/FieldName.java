package org.koryu.content;

/**
 * A field as a person names it: the message key of its label and, for a field inside a list (the
 * end of the second day), the list's row (from 1) and the message key of the part.
 */
public record FieldName(String key, Integer row, String part) {

    public static FieldName of(String key) {
        return new FieldName(key, null, null);
    }
}
