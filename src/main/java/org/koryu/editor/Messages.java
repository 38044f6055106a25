package org.koryu.editor;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.koryu.content.Violation;

/** The UI's texts in the language of the current view (Japanese first, English second). */
@RequestScoped
public class Messages {

    /** Without it, an English view on a server whose default locale is Japanese would get the Japanese texts. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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

    /** A fault the domain reports, in the view's language, from the texts beside the fault's code. */
    public String violation(Violation violation) {
        Locale locale = language.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle(violation.code().bundle(), locale, NO_FALLBACK);
        return new MessageFormat(texts.getString(violation.code().code()), locale).format(violation.args().toArray());
    }
}
