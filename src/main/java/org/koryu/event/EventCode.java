package org.koryu.event;

import org.koryu.content.ViolationCode;

/** Faults of an event and its days, and of the schedule editor's range and line; texts in {@code violations.properties}. */
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
    DATE_TWICE,
    RANGE_DAYS_REQUIRED,
    RANGE_END_BEFORE_START,
    RANGE_TOO_LONG,
    RANGE_DAILY_HOURS_FIRST,
    LINE_EMPTY,
    LINE_WITHOUT_MONTH,
    LINE_NO_SUCH_MONTH
}
