package org.koryu.editor;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

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
}
