package org.koryu.event.schedule;

import java.time.LocalTime;

/** Reads a time of day as calendars write it: 8:30, 10時, 10時30分. */
final class ClockTimes {

    private ClockTimes() {
    }

    static LocalTime read(ScheduleCursor cursor) {
        int from = cursor.position();
        int hour = cursor.number(Expected.TIME);
        int minute = 0;
        if (cursor.accept(':')) {
            minute = cursor.number(Expected.MINUTES);
        } else if (cursor.accept('時')) {
            minute = minutesAfterHour(cursor);
        } else {
            throw cursor.expected(Expected.HOUR_MARK);
        }
        if (hour > 23 || minute > 59) {
            throw new ScheduleLineException(ScheduleCode.NOT_A_TIME_OF_DAY, cursor.writtenSince(from));
        }
        return LocalTime.of(hour, minute);
    }

    /** The minutes of 10時30分; the digits are left alone when 分 does not follow them. */
    private static int minutesAfterHour(ScheduleCursor cursor) {
        int mark = cursor.position();
        if (cursor.peekDigit()) {
            int minute = cursor.number(Expected.TIME);
            if (cursor.accept('分')) {
                return minute;
            }
        }
        cursor.reset(mark);
        return 0;
    }
}
