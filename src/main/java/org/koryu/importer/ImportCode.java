package org.koryu.importer;

import org.koryu.content.ViolationCode;

/** Faults of a calendar sent for import; texts in {@code violations.properties}. */
public enum ImportCode implements ViolationCode {
    EMPTY_CALENDAR,
    CALENDAR_TOO_LONG
}
