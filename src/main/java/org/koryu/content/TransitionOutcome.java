package org.koryu.content;

import org.koryu.workflow.ScheduledTransition;
import org.koryu.workflow.engine.Decision;

/** What a fired transition did: the item as it is now, the decision, and the schedule if it waits for its time. */
public record TransitionOutcome(ContentItem item, Decision decision, ScheduledTransition schedule) {

    public boolean scheduled() {
        return schedule != null;
    }
}
