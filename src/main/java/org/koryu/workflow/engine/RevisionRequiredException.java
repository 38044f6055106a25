package org.koryu.workflow.engine;

/** The transition decides on a review and did not say which revision the person reviewed. */
public class RevisionRequiredException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public RevisionRequiredException(Reason reason, String message, Object... arguments) {
        super(reason, message, arguments);
    }
}
