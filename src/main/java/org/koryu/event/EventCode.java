package org.koryu.event;

import org.koryu.content.ViolationCode;

/** Faults of an event and its days; texts in {@code violations.properties}. */
public enum EventCode implements ViolationCode {
    NO_DAYS,
    ALREADY_MAIN_VENUE,
    DATE_REQUIRED,
    DAY_NOT_IN_MONTH,
    NO_SUCH_MONTH,
    NOT_A_TIME,
    STATUS_UNKNOWN,
    TIMES_INCOMPLETE,
    END_NOT_AFTER_START,
    MOVED_FROM_MISSING,
    MOVED_FROM_NOT_MOVED,
    DATE_TWICE
}
