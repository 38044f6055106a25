package org.koryu.event.schedule;

import java.time.LocalTime;

/** Reads a time of day as calendars write it: 8:30, 10時, 10時30分. */
final class ClockTimes {

    private static final String WHAT = "a time (e.g. 10:00)";

    private ClockTimes() {
    }

    static LocalTime read(ScheduleCursor cursor) {
        int from = cursor.position();
        int hour = cursor.number(WHAT);
        int minute = 0;
        if (cursor.accept(':')) {
            minute = cursor.number("minutes after ':' (e.g. 10:30)");
        } else if (cursor.accept('時')) {
            minute = minutesAfterHour(cursor);
        } else {
            throw cursor.expected("':' or '時' after the hour");
        }
        if (hour > 23 || minute > 59) {
            throw new ScheduleLineException("'" + cursor.writtenSince(from)
                    + "' is not a time of day: hours run from 0:00 to 23:59");
        }
        return LocalTime.of(hour, minute);
    }

    /** The minutes of 10時30分; the digits are left alone when 分 does not follow them. */
    private static int minutesAfterHour(ScheduleCursor cursor) {
        int mark = cursor.position();
        if (cursor.peekDigit()) {
            int minute = cursor.number(WHAT);
            if (cursor.accept('分')) {
                return minute;
            }
        }
        cursor.reset(mark);
        return 0;
    }
}
