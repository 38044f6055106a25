package org.koryu.media;

import org.koryu.content.ViolationCode;

/** Faults of an image that content shows, and of an upload; texts in {@code violations.properties}. */
public enum MediaCode implements ViolationCode {
    URL_REQUIRED,
    CAPTION_REQUIRED,
    ALT_REQUIRED,
    NOT_AN_UPLOAD,
    NO_SUCH_UPLOAD,
    FILE_PART_MISSING
}
