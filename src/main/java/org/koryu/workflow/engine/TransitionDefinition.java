package org.koryu.workflow.engine;

import java.util.List;
import java.util.Set;

/**
 * One declared transition: from which states to which, who may fire it, what it asks for and
 * what it does to the live version. A transition that decides on a review names the revision it
 * decides on ({@code revisionRequired}), so that nobody approves a revision they have not seen.
 */
public record TransitionDefinition(
        String name,
        Set<String> from,
        String to,
        Set<String> roles,
        boolean commentRequired,
        List<Guard> guards,
        Effect effect,
        boolean schedulable,
        boolean revisionRequired) {

    public TransitionDefinition {
        from = Set.copyOf(from);
        roles = Set.copyOf(roles);
        guards = List.copyOf(guards);
    }

    public boolean startsIn(String state) {
        return from.contains(state);
    }
}
