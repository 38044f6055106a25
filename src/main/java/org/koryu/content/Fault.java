package org.koryu.content;

import java.io.Serial;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A fault the domain reports, said by its code and the values its text names, so that the API can answer it in
 * English and the editor say it in the person's language. A {@link Violation} is a fault of one field; a fault of
 * a line of text, an upload or an action has no field. A value that is itself a fault (a part of the sentence,
 * such as what a reader expected) is said in the same language as the fault around it.
 */
public record Fault(ViolationCode code, List<Object> args) implements Serializable {

    /** Without it, an English text asked for on a server whose default locale is Japanese would be Japanese. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Fault {
        // A value the person left out may be named as null, as the English text always did.
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    /**
     * Editor pages keep faults in the session, which may move to another instance: codes are enums, and a value
     * that could not travel as itself travels as the text it is said with.
     */
    @Serial
    private Object writeReplace() {
        return new Fault(code, args.stream().map(a -> a == null || a instanceof Serializable ? a : String.valueOf(a)).toList());
    }

    public static Fault of(ViolationCode code, Object... args) {
        return new Fault(code, Arrays.asList(args));
    }

    /** This fault as one of the field {@code field}. */
    public Violation at(String field) {
        return new Violation(field, code, args);
    }

    /** The fault in English, as the API answers it. */
    public String message() {
        return text(Locale.ROOT);
    }

    /** The fault in {@code locale}'s language, from the texts beside its code; English for a language without texts. */
    public String text(Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(code.bundle(), locale, NO_FALLBACK);
        Object[] values = args.stream().map(a -> a instanceof Fault part ? part.text(locale) : a).toArray();
        return new MessageFormat(texts.getString(code.code()), locale).format(values);
    }
}
