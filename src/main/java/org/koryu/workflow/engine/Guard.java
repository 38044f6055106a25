package org.koryu.workflow.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * A condition a transition declares beyond roles. Guards about the person acting fail with
 * "not allowed for you" (403); guards about the item fail with "not possible now" (409).
 */
public enum Guard {
    /** Four eyes: the actor did not write the revision under work. */
    NOT_AUTHOR("not-author", true, WorkflowException.Reason.NOT_AUTHOR,
            (actor, item) -> !actor.name().equals(item.revisionAuthor()), "%s wrote revision %d; someone else must do this"),
    /** Only the person who wrote the revision under work. */
    AUTHOR("author", true, WorkflowException.Reason.ONLY_AUTHOR,
            (actor, item) -> actor.name().equals(item.revisionAuthor()), "only the author of revision %2$d can do this (%1$s is not)"),
    /** A version of the item is live. */
    LIVE("live", false, WorkflowException.Reason.NOT_LIVE, (actor, item) -> item.live(), "no version is live"),
    /** No version of the item is live. */
    NOT_LIVE("not-live", false, WorkflowException.Reason.LIVE, (actor, item) -> !item.live(), "a version is live");

    private final String key;
    private final boolean aboutActor;
    private final WorkflowException.Reason reason;
    private final BiPredicate<Actor, WorkflowItem> test;
    private final String failure;

    Guard(String key, boolean aboutActor, WorkflowException.Reason reason, BiPredicate<Actor, WorkflowItem> test,
          String failure) {
        this.key = key;
        this.aboutActor = aboutActor;
        this.reason = reason;
        this.test = test;
        this.failure = failure;
    }

    public String key() {
        return key;
    }

    public boolean aboutActor() {
        return aboutActor;
    }

    /** Why a transition is refused when this guard fails. */
    WorkflowException.Reason reason() {
        return reason;
    }

    public boolean admits(Actor actor, WorkflowItem item) {
        return test.test(actor, item);
    }

    String failure(Actor actor, WorkflowItem item) {
        return String.format(failure, actor.name(), item.revision());
    }

    static Optional<Guard> byKey(String key) {
        return Arrays.stream(values()).filter(g -> g.key.equals(key)).findFirst();
    }

    static String knownKeys() {
        return String.join(", ", Arrays.stream(values()).map(Guard::key).toList());
    }
}
