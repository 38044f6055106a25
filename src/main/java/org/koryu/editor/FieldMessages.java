package org.koryu.editor;

import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.koryu.content.Violation;

/**
 * Puts each fault the domain reports beside the input it concerns, in the view's language: a form maps
 * the domain's field paths ({@code title.ja}, {@code occurrences[2].end}) to its component ids; faults
 * of fields the form does not show go to the page's global messages.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    static void show(FacesContext faces, Iterable<Violation> violations, Map<String, String> componentIds, Messages messages) {
        for (Violation v : violations) {
            String id = componentIds.get(v.field());
            if (id == null) {
                id = componentIds.get(v.field().replaceAll("\\[\\d+]", "[]"));
                if (id != null) {
                    id = id.replace("{index}", v.field().replaceAll("^.*?\\[(\\d+)].*$", "$1"));
                }
            }
            String text = messages.violation(v);
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, id == null ? v.field() + ": " + text : text, null);
            faces.addMessage(id, message);
        }
        faces.validationFailed();
    }

    static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** One fault beside one input (or among the page's messages when {@code componentId} is null). */
    static void at(FacesContext faces, String componentId, String text) {
        faces.addMessage(componentId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    static void info(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
