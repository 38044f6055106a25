package org.koryu.media;

import org.koryu.content.ViolationCode;

/** Faults of an image that content shows, and of an upload (those refused at once by {@link ImageRejectedException}); texts in {@code violations.properties}. */
public enum MediaCode implements ViolationCode {
    URL_REQUIRED,
    CAPTION_REQUIRED,
    ALT_REQUIRED,
    NOT_AN_UPLOAD,
    NO_SUCH_UPLOAD,
    FILE_PART_MISSING,
    TOO_LARGE,
    NOT_AN_IMAGE_TYPE,
    EMPTY_BODY,
    NOT_AN_IMAGE,
    FORMAT_MISMATCH
}
