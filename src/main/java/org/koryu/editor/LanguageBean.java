package org.koryu.editor;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

/**
 * The language of the editor UI: Japanese unless the person switches to English, whatever their
 * browser asks for (the ward's staff work in Japanese; English is the second language). The choice
 * is kept in a cookie of this browser, so it outlives the session: signing out and in again, or
 * the login page itself, keep the language the person chose.
 */
@Named
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "koryu-lang";
    private static final int A_YEAR = 365 * 24 * 60 * 60;

    private Locale locale = Locale.JAPANESE;

    @PostConstruct
    void fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getExternalContext().getRequestCookieMap().get(COOKIE) instanceof Cookie chosen) {
            locale = localeOf(chosen.getValue(), locale);
        }
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** The language switch of every page: the same page again, in the other language, remembered by this browser. */
    public String switchTo(String language) {
        Locale chosen = localeOf(language, null);
        if (chosen != null) {
            locale = chosen;
            remember(chosen);
        }
        return null;
    }

    /** The login page's switch, a link with {@code ?lang=}: nothing to show back, only to choose. */
    public String getChosen() {
        return null;
    }

    public void setChosen(String language) {
        switchTo(language);
    }

    /** Switches to {@code ja} or {@code en}; anything else keeps the current language. */
    public void setLanguage(String language) {
        locale = localeOf(language, locale);
    }

    private static void remember(Locale chosen) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String path = external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath();
        external.addResponseCookie(COOKIE, chosen.getLanguage(), Map.of("path", path, "maxAge", A_YEAR,
                "httpOnly", true, "SameSite", "Lax"));
    }

    private static Locale localeOf(String language, Locale otherwise) {
        if ("en".equals(language)) {
            return Locale.ENGLISH;
        }
        if ("ja".equals(language)) {
            return Locale.JAPANESE;
        }
        return otherwise;
    }
}
