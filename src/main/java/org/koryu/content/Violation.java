package org.koryu.content;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One fault of submitted content: the field at fault (a JSON path such as {@code occurrences[2].end}), the kind of
 * fault, and the values its text names — a slug, a date, a time as the person typed them — so that a page can say it
 * in the person's language.
 */
public record Violation(String field, ViolationCode code, List<Object> args) {

    public Violation {
        // A value the person left out may be named as null, as the English text always did.
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    /** What is wrong with the field, in any language. */
    public Fault fault() {
        return new Fault(code, args);
    }

    /** The fault in English, as the API answers it. */
    public String message() {
        return fault().message();
    }
}
