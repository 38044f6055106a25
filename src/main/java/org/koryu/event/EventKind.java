package org.koryu.event;

import java.util.Arrays;
import java.util.Optional;

/** What kind of event: as the ward's calendar labels them. */
public enum EventKind {
    PHOTO_EXHIBITION("photo_exhibition", "写真展"),
    PRODUCTS_FAIR("products_fair", "物産展"),
    MORNING_MARKET("morning_market", "朝市"),
    OTHER("other", "その他");

    private final String key;
    private final String label;

    EventKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<EventKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(EventKind::key).toList());
    }
}
