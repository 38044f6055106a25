package org.koryu.workflow.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workflow as declared in one file of {@code workflow/}: its states, the state a new item
 * starts in, where saving a new revision moves an item, and its transitions. Instances are
 * checked by {@link WorkflowDefinitionParser} and immutable.
 */
public record WorkflowDefinition(
        String name,
        String source,
        String description,
        List<String> states,
        String initial,
        Map<String, String> stateAfterSave,
        Map<String, TransitionDefinition> transitions) {

    public WorkflowDefinition {
        states = List.copyOf(states);
        stateAfterSave = Map.copyOf(stateAfterSave);
        transitions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(transitions));
    }

    public Optional<TransitionDefinition> transition(String transitionName) {
        return Optional.ofNullable(transitions.get(transitionName));
    }

    public Collection<TransitionDefinition> allTransitions() {
        return transitions.values();
    }

    /** Saving a new revision keeps the state unless the definition moves it (e.g. published → draft). */
    public String stateAfterSave(String state) {
        return stateAfterSave.getOrDefault(state, state);
    }
}
