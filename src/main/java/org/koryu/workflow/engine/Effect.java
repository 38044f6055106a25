package org.koryu.workflow.engine;

import java.util.Arrays;
import java.util.Optional;

/** What a transition does to the live (delivered) version of an item. */
public enum Effect {
    /** The live version stays as it is. */
    NONE("none"),
    /** The revision under work becomes the live version. */
    PUBLISH("publish"),
    /** No version stays live. */
    UNPUBLISH("unpublish");

    private final String key;

    Effect(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    static Optional<Effect> byKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
    }
}
