package org.koryu.content;

/**
 * Faults that any content type, and the management API itself, report, and the rules between items
 * that a publication or unpublication would break; texts in {@code violations.properties}.
 */
public enum ContentCode implements ViolationCode {
    NAME_REQUIRED,
    JAPANESE_TITLE_REQUIRED,
    JAPANESE_TEXT_REQUIRED,
    TOO_LONG,
    OUT_OF_RANGE,
    ONE_OF,
    NOT_A_DATE,
    NOT_A_SLUG,
    SLUG_TAKEN,
    SLUG_UNCHANGEABLE,
    JSON_OBJECT_REQUIRED,
    NOT_A_JSON_OBJECT,
    NOT_JSON,
    NOT_READABLE,
    TRANSITION_REQUIRED,
    NOT_A_DATE_TIME,
    SHOWS_UNPUBLISHED,
    SHOWN_BY_PUBLISHED
}
