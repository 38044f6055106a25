package org.koryu.workflow.engine;

import java.time.Instant;

/**
 * A transition the engine accepted for one revision: the caller applies it now, or, when
 * {@link #at()} is set, keeps it as a schedule and asks the engine again when the time comes.
 */
public record Decision(TransitionDefinition transition, String from, String to, int revision,
                       String comment, Instant at) {

    public Effect effect() {
        return transition.effect();
    }

    public boolean scheduled() {
        return at != null;
    }
}
