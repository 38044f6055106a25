package org.koryu.event.schedule;

import org.koryu.content.ViolationCode;

/** What keeps a 日時 line from being read for sure, and the one repair it reads with a warning; texts in {@code violations.properties}. */
enum ScheduleCode implements ViolationCode {
    NO_DAY,
    EXPECTED,
    MISSING_AT_END,
    NUMBER_TOO_LONG,
    NOT_A_TIME_OF_DAY,
    CLOSES_BEFORE_OPENING,
    RANGE_NOT_SCHEDULED,
    RANGE_ENDS_BEFORE_START,
    RANGE_TOO_LONG,
    DAY_TWICE,
    MOVED_FROM_ITSELF,
    BEFORE_PREVIOUS_DATE,
    NO_SUCH_MONTH,
    NO_SUCH_DAY,
    DAY_NOT_IN_MONTH,
    WRONG_WEEKDAY,
    MONTH_WITHOUT_DAY,
    NOTE_NEEDS_DAYS,
    NOTE_WITHOUT_HOURS,
    NOTE_CLOSES_BEFORE_OPENING,
    MONTH_TYPO
}
