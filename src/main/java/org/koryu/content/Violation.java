package org.koryu.content;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

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

    /** The fault in English, as the API answers it. */
    public String message() {
        String pattern = ResourceBundle.getBundle(code.bundle(), Locale.ROOT).getString(code.code());
        return new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
    }
}
