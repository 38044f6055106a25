package org.koryu.content;

import java.util.List;

/**
 * An action that would break a rule between items, e.g. publishing an event whose venue was never
 * published, or unpublishing a municipality that live events show. The message names the items.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> items;

    public ConflictException(String message, List<String> items) {
        super(message);
        this.items = List.copyOf(items);
    }

    public List<String> items() {
        return items;
    }
}
