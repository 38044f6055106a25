package org.koryu.editor;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.koryu.content.Fault;
import org.koryu.content.Violation;

/** The UI's texts in the language of the current view (Japanese first, English second). */
@RequestScoped
public class Messages {

    @Inject
    LanguageBean language;

    public String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.koryu.editor.messages", language.getLocale());
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : MessageFormat.format(text, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A field's fault, in the view's language, from the texts beside the fault's code. */
    public String violation(Violation violation) {
        return fault(violation.fault());
    }

    /** A fault the domain reports, in the view's language, from the texts beside the fault's code. */
    public String fault(Fault fault) {
        return fault.text(language.getLocale());
    }
}
