package org.koryu.importer;

import java.util.Arrays;

/** The kind labels calendars print before a title, and the kind keys they stand for. */
enum EventKindLabel {
    PHOTO_EXHIBITION("photo_exhibition", "写真展"),
    PRODUCTS_FAIR("products_fair", "物産展"),
    MORNING_MARKET("morning_market", "朝市");

    /** The kind of any label not listed; the label itself is kept so nothing is lost. */
    static final String OTHER = "other";

    private final String key;
    private final String label;

    EventKindLabel(String key, String label) {
        this.key = key;
        this.label = label;
    }

    static String kindOf(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label.equals(label))
                .map(kind -> kind.key).findFirst().orElse(OTHER);
    }
}
