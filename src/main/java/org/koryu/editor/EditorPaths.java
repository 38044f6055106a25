package org.koryu.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Where the editor UI edits, reviews and shows the history of an item of each type. */
@Named
@ApplicationScoped
public class EditorPaths {

    public String edit(String type) {
        return switch (type) {
            case "municipality" -> "/municipalities/edit";
            default -> "/" + type + "s/edit";
        };
    }

    public String list(String type) {
        return edit(type).replace("/edit", "/");
    }
}
