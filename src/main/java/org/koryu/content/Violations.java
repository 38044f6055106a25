package org.koryu.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects every fault of a piece of content so that a person sees them all at once. */
public final class Violations {

    private final List<Violation> list = new ArrayList<>();

    /** Adds a fault of {@code field}; {@code args} are the values its text names, in the order of its placeholders. */
    public Violations add(String field, ViolationCode code, Object... args) {
        list.add(new Violation(field, code, Arrays.asList(args)));
        return this;
    }

    /** Adds the violation when {@code ok} is false; answers {@code ok}. */
    public boolean check(boolean ok, String field, ViolationCode code, Object... args) {
        if (!ok) {
            add(field, code, args);
        }
        return ok;
    }

    public int count() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(list);
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ValidationException(list);
        }
    }
}
