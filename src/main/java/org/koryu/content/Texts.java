package org.koryu.content;

import java.util.List;
import java.util.Objects;

/** Small normalisations every type applies to plain text fields before validation. */
public final class Texts {

    private Texts() {
    }

    /** Trims (including full-width spaces) and turns blank text into null, so "no value" has one form. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip().replace("\r\n", "\n");
        return stripped.isEmpty() ? null : stripped;
    }

    public static List<String> cleanList(List<String> texts) {
        if (texts == null) {
            return List.of();
        }
        return texts.stream().map(Texts::clean).filter(Objects::nonNull).distinct().toList();
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
