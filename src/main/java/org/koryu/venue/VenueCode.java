package org.koryu.venue;

import org.koryu.content.ViolationCode;

/** Faults of content that names a venue; texts in {@code violations.properties}. */
public enum VenueCode implements ViolationCode {
    MISSING,
    UNKNOWN
}
