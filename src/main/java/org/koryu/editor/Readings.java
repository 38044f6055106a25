package org.koryu.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.content.FieldName;
import org.koryu.content.ReadableNames;

/**
 * Revisions as the person at the screen reads them: names of venues and municipalities from the
 * pickers, texts and field labels in the view's language.
 */
@Named
@RequestScoped
public class Readings implements ReadableNames {

    @Inject
    Pickers pickers;

    @Inject
    Messages messages;

    @Override
    public String item(String type, String slug) {
        return pickers.nameOf(slug);
    }

    @Override
    public String text(String key) {
        return messages.get(key);
    }

    /** The label of a field, e.g. 会場, or 日ごとの表（2行目）の終了 for a part of a list's row. */
    public String label(FieldName name) {
        return name.row() == null ? messages.get(name.key())
                : messages.get("field.inRow", messages.get(name.key()), name.row(), messages.get(name.part()));
    }

    /** The label of a field by its message key; a type without its own label shows the field's name. */
    public String label(String key) {
        String text = messages.get(key);
        return text.equals(key) ? key.substring(key.lastIndexOf('.') + 1) : text;
    }
}
