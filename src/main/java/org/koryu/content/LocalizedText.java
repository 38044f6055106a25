package org.koryu.content;

import java.io.Serializable;

/** A text in Japanese (required where used) and optionally English. */
public record LocalizedText(String ja, String en) implements Serializable {

    public static LocalizedText ja(String ja) {
        return new LocalizedText(ja, null);
    }

    public LocalizedText cleaned() {
        return new LocalizedText(Texts.clean(ja), Texts.clean(en));
    }
}
