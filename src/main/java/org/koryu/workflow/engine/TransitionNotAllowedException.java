package org.koryu.workflow.engine;

/** The person acting may not fire this transition: a role is missing or a guard about them fails (four eyes). */
public class TransitionNotAllowedException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public TransitionNotAllowedException(Reason reason, String message, Object... arguments) {
        super(reason, message, arguments);
    }
}
