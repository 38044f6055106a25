package org.koryu.editor;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.workflow.WorkflowRegistry;
import org.koryu.workflow.engine.Guard;
import org.koryu.workflow.engine.TransitionDefinition;
import org.koryu.workflow.engine.Workflow;

/**
 * The workflow definitions loaded at start, read-only: what an admin checks after changing a file
 * under {@code workflow/} and restarting.
 */
@Named
@RequestScoped
public class WorkflowsBean {

    @Inject
    WorkflowRegistry registry;

    public Collection<Workflow> getWorkflows() {
        return registry.all();
    }

    /** The content types that follow a workflow, by name. */
    public List<String> typesFollowing(String workflow) {
        Map<String, String> choices = registry.typeChoices();
        return choices.keySet().stream().filter(type -> workflow.equals(choices.get(type))).sorted().toList();
    }

    /** A set shown as a stable, comma-separated list. */
    public String listed(Collection<String> names) {
        return String.join(", ", new TreeSet<>(names));
    }

    public String guards(TransitionDefinition transition) {
        return String.join(", ", transition.guards().stream().map(Guard::key).toList());
    }
}
