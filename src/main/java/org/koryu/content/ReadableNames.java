package org.koryu.content;

/** What a readable revision needs from the reader's side: names of referenced items and texts in the reader's language. */
public interface ReadableNames {

    /** The display name of an item of another type (a venue, a municipality), or the slug when there is none. */
    String item(String type, String slug);

    /** The text of a message key in the reader's language, e.g. {@code kind.products_fair} → 物産展; the key itself when there is none. */
    String text(String key);
}
