package org.koryu.importer;

import org.koryu.content.ViolationCode;

/** Faults of a calendar sent for import and problems of its lines; texts in {@code violations.properties}. */
public enum ImportCode implements ViolationCode {
    EMPTY_CALENDAR,
    CALENDAR_TOO_LONG,
    NO_MONTH_HEADING,
    NO_EVENT_LINE_ABOVE,
    NOT_AN_ENTRY_LINE,
    NOTE_BEFORE_EVENT,
    NOT_UNDER_MONTH,
    SECOND_LINE,
    LINE_MISSING,
    NO_VENUE,
    PARTNER_UNKNOWN,
    NO_PARTNER,
    NO_SUCH_VENUE,
    NOT_CREATED
}
