package org.koryu.workflow.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The engine: decides whether an actor may fire a transition on an item, following one
 * {@link WorkflowDefinition}. It holds no state and touches no storage; the caller persists what
 * a {@link Decision} says.
 */
public final class Workflow {

    private final WorkflowDefinition definition;

    public Workflow(WorkflowDefinition definition) {
        this.definition = definition;
    }

    public WorkflowDefinition definition() {
        return definition;
    }

    public String name() {
        return definition.name();
    }

    public String initialState() {
        return definition.initial();
    }

    public String stateAfterSave(String state) {
        return definition.stateAfterSave(state);
    }

    /**
     * Checks a request completely (transition known, state, revision, roles, guards, comment,
     * schedule) and answers what to do.
     *
     * @param now the present, to refuse schedules in the past
     * @throws WorkflowException with the reason it cannot happen
     */
    public Decision decide(TransitionRequest request, Actor actor, WorkflowItem item, Instant now) {
        TransitionDefinition t = definition.transition(request.transition()).orElseThrow(() ->
                new UnknownTransitionException(WorkflowException.Reason.UNKNOWN_TRANSITION, "'" + request.transition()
                        + "' is not a transition of workflow '" + definition.name() + "' (declared: "
                        + String.join(", ", definition.transitions().keySet()) + ")", request.transition()));
        if (!t.startsIn(item.state())) {
            throw new TransitionNotPossibleException(WorkflowException.Reason.NOT_IN_STATE, "'" + t.name()
                    + "' is not possible in state '" + item.state() + "' (only from " + String.join(", ", t.from()) + ")",
                    t.name(), item.state());
        }
        if (t.revisionRequired() && request.revision() == null) {
            throw new RevisionRequiredException(WorkflowException.Reason.REVISION_REQUIRED, "'" + t.name()
                    + "' must name the revision it decides on: send 'revision' (the one under review is "
                    + item.revision() + ") or If-Match with the item's ETag", t.name(), item.revision());
        }
        if (request.revision() != null && request.revision() != item.revision()) {
            throw new TransitionNotPossibleException(WorkflowException.Reason.REVISION_OUTDATED, "revision " + item.revision()
                    + " was saved after revision " + request.revision() + "; review revision " + item.revision() + " before '"
                    + t.name() + "'", item.revision(), request.revision());
        }
        if (!actor.hasAnyRole(t.roles())) {
            String roles = String.join(" or ", t.roles());
            throw new TransitionNotAllowedException(WorkflowException.Reason.ROLE_MISSING, actor.name() + " may not '"
                    + t.name() + "': it needs the role " + roles, actor.name(), roles);
        }
        for (Guard guard : t.guards()) {
            if (!guard.admits(actor, item)) {
                String message = "'" + t.name() + "' refused: " + guard.failure(actor, item);
                throw guard.aboutActor()
                        ? new TransitionNotAllowedException(guard.reason(), message, actor.name(), item.revision())
                        : new TransitionNotPossibleException(guard.reason(), message, actor.name(), item.revision());
            }
        }
        if (t.commentRequired() && !request.hasComment()) {
            throw new CommentRequiredException(WorkflowException.Reason.COMMENT_REQUIRED, "'" + t.name()
                    + "' needs a comment saying why", t.name());
        }
        if (request.at() != null) {
            if (!t.schedulable()) {
                throw new TransitionNotPossibleException(WorkflowException.Reason.NOT_SCHEDULABLE, "'" + t.name()
                        + "' cannot be scheduled; leave 'at' out", t.name());
            }
            if (!request.at().isAfter(now)) {
                throw new TransitionNotPossibleException(WorkflowException.Reason.NOT_IN_FUTURE, "'at' (" + request.at()
                        + ") is not in the future", request.at());
            }
        }
        String comment = request.hasComment() ? request.comment().strip() : null;
        return new Decision(t, item.state(), t.to(), item.revision(), comment, request.at());
    }

    /** The transitions this actor could fire on this item now, in declaration order. */
    public List<TransitionDefinition> available(Actor actor, WorkflowItem item) {
        return definition.allTransitions().stream()
                .filter(t -> t.startsIn(item.state()) && actor.hasAnyRole(t.roles()))
                .filter(t -> t.guards().stream().allMatch(g -> g.admits(actor, item)))
                .toList();
    }

    public Optional<TransitionDefinition> transition(String name) {
        return definition.transition(name);
    }
}
