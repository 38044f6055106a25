package org.koryu.editor;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

/**
 * The language of the editor UI: Japanese unless the person switches to English, whatever their
 * browser asks for (the ward's staff work in Japanese; English is the second language).
 */
@Named
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.JAPANESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** The language switch of every page: the same page again, in the other language. */
    public String switchTo(String language) {
        setLanguage(language);
        return null;
    }

    /** Switches to {@code ja} or {@code en}; anything else keeps the current language. */
    public void setLanguage(String language) {
        if ("en".equals(language)) {
            locale = Locale.ENGLISH;
        } else if ("ja".equals(language)) {
            locale = Locale.JAPANESE;
        }
    }
}
