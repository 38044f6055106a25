package org.koryu.content;

import java.util.List;

/**
 * An action that would break a rule between items, e.g. publishing an event whose venue was never
 * published, or unpublishing a municipality that live events show. The fault names the items, in
 * English as the message and in the editor's language through its code.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Fault fault;
    private final transient List<String> items;

    public ConflictException(Fault fault, List<String> items) {
        super(fault.message());
        this.fault = fault;
        this.items = List.copyOf(items);
    }

    public Fault fault() {
        return fault;
    }

    public List<String> items() {
        return items;
    }
}
