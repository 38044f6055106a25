package org.koryu.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * States and actions of workflows in the page's language. A workflow file may declare states and
 * transitions this UI has no text for; those show under their own names rather than as a key.
 */
@Named
@RequestScoped
public class WorkflowLabels {

    @Inject
    Messages messages;

    public String state(String state) {
        return state == null ? "—" : labelOr("state." + state, state);
    }

    /** What an audit entry did: a save or restore has a text of its own, a transition its button's text. */
    public String action(String action) {
        String label = labelOr("history.action." + action, null);
        return label != null ? label : labelOr("transition." + action, action);
    }

    private String labelOr(String key, String fallback) {
        String label = messages.get(key);
        return label.equals(key) ? fallback : label;
    }
}
