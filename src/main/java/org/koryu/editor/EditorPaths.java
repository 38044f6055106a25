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

    /** Whether the editor UI has a form for this type (notices are kept through the API only). */
    public boolean hasForm(String type) {
        return java.util.Set.of("event", "report", "municipality", "venue").contains(type);
    }

    public String list(String type) {
        return edit(type).replace("/edit", "/");
    }
}
