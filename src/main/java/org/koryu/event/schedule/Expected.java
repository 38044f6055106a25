package org.koryu.event.schedule;

import org.koryu.content.ViolationCode;

/**
 * What the reader expected where a line could not be read: a part of the sentence of
 * {@link ScheduleCode#EXPECTED} and {@link ScheduleCode#MISSING_AT_END}, said in the same language.
 */
enum Expected implements ViolationCode {
    DAY,
    DAY_MARK,
    DAY_AFTER_SLASH,
    MONTH_AFTER_YEAR,
    MONTH_MARK,
    WEEKDAY_CLOSE,
    HOLIDAY_MARK,
    MOVED_MARK,
    MOVED_CLOSE,
    TIME,
    MINUTES,
    HOUR_MARK,
    BETWEEN_TIMES,
    NEXT_SEGMENT,
    NOTHING_AFTER_TIME;

    /** Expected parts share the feature's bundle with the faults, under a name of their own. */
    @Override
    public String code() {
        return "schedule.expected." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
