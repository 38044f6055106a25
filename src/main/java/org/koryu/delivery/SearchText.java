package org.koryu.delivery;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises Japanese text for substring search, applied alike to stored text and to queries:
 * NFKC (full-width Latin and digits become half-width, half-width katakana full-width), lower
 * case, katakana folded to hiragana, and whitespace removed, so that 「ｵｳﾒ」, 「オウメ」 and
 * 「おうめ」 find each other.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || cp == '\u3000') {
                return;
            }
            // Katakana ァ (U+30A1) to ヶ (U+30F6) sit 0x60 above their hiragana.
            out.appendCodePoint(cp >= 0x30A1 && cp <= 0x30F6 ? cp - 0x60 : cp);
        });
        return out.toString();
    }
}
