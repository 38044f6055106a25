package org.koryu.municipality;

import org.koryu.content.ViolationCode;

/** Faults of a partner municipality, and of content that names one; texts in {@code violations.properties}. */
public enum MunicipalityCode implements ViolationCode {
    PREFECTURE_UNKNOWN,
    KIND_UNKNOWN,
    ALIAS_TOO_SHORT,
    NOT_A_WEB_ADDRESS,
    URL_UNREADABLE,
    WRONG_HOST,
    HANDLE_INVALID,
    MISSING,
    UNKNOWN
}
