package org.koryu.workflow.engine;

import java.time.Instant;

/**
 * What a person asks for: a transition, an optional comment, an optional instant to fire it at,
 * and optionally the revision they reviewed (an approval is bound to what the reviewer saw).
 */
public record TransitionRequest(String transition, String comment, Instant at, Integer revision) {

    public static TransitionRequest of(String transition) {
        return new TransitionRequest(transition, null, null, null);
    }

    public boolean hasComment() {
        return comment != null && !comment.isBlank();
    }
}
