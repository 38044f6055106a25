package org.koryu.content;

/**
 * One field of a revision as a person reads it: the message key of its label (the label of the
 * form's input, e.g. {@code event.venue}) and its value in words: names instead of slugs, codes
 * spelled out, an event's days as the ward's schedule line. Empty fields have a null value.
 */
public record ReadableField(String label, String value) {
}
