package org.koryu.content;

/** One fault of submitted content: the field at fault (a JSON path such as {@code occurrences[2].end}) and why. */
public record Violation(String field, String message) {
}
