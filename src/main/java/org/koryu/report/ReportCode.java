package org.koryu.report;

import org.koryu.content.ViolationCode;

/** Faults of a report; texts in {@code violations.properties}. */
public enum ReportCode implements ViolationCode {
    HELD_ON_REQUIRED,
    LAST_DAY_BEFORE_FIRST,
    TOO_MANY_DAYS,
    YEAR_OUT_OF_RANGE,
    PARTICIPANT_EMPTY
}
