package org.koryu.event.schedule;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether an occurrence happens as announced. The key is the stable spelling used in JSON and
 * storage, so renaming a constant never changes what downstream sites see.
 */
public enum OccurrenceStatus {
    SCHEDULED("scheduled"),
    CANCELLED("cancelled"),
    MOVED("moved");

    private final String key;

    OccurrenceStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The status with this key; empty for null or an unknown key, so callers decide how to report it. */
    public static Optional<OccurrenceStatus> byKey(String key) {
        return Arrays.stream(values()).filter(status -> status.key.equals(key)).findFirst();
    }
}
