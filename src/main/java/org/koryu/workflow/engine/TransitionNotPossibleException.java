package org.koryu.workflow.engine;

/** The item is not in a state (or revision) where this transition can happen now. */
public class TransitionNotPossibleException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public TransitionNotPossibleException(Reason reason, String message, Object... arguments) {
        super(reason, message, arguments);
    }
}
