package org.koryu.workflow.engine;

import java.util.Locale;

/**
 * A transition the engine refused; subclasses say how (not allowed, not possible now, not understood).
 * The message says why in English (what the API answers); the reason and its arguments let a page
 * say it in the person's language.
 */
public abstract class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a transition was refused. */
    public enum Reason {
        /** No such transition in the workflow; argument: the transition. */
        UNKNOWN_TRANSITION,
        /** The item is in another state; arguments: the transition, the state. */
        NOT_IN_STATE,
        /** The transition must name the revision it decides on; arguments: the transition, the revision under work. */
        REVISION_REQUIRED,
        /** A newer revision was saved than the one reviewed; arguments: the current revision, the one reviewed. */
        REVISION_OUTDATED,
        /** Arguments: the person, the roles any of which would do. */
        ROLE_MISSING,
        /** Four eyes: the person wrote the revision; arguments: the person, the revision. */
        NOT_AUTHOR,
        /** Only the revision's author may; arguments: the person, the revision. */
        ONLY_AUTHOR,
        /** No version is live. */
        NOT_LIVE,
        /** A version is live. */
        LIVE,
        /** Argument: the transition. */
        COMMENT_REQUIRED,
        /** Argument: the transition. */
        NOT_SCHEDULABLE,
        /** Argument: the instant asked for. */
        NOT_IN_FUTURE,
        /** Someone else changed the item at the same moment; argument: its title. */
        CHANGED_MEANWHILE;

        /** The reason as a message key part, e.g. {@code not_author}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final transient Object[] arguments;

    protected WorkflowException(Reason reason, String message, Object... arguments) {
        super(message);
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** The values the reason names, in the order its documentation gives. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
