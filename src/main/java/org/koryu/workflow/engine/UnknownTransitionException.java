package org.koryu.workflow.engine;

/** The transition named is not declared in the item's workflow. */
public class UnknownTransitionException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public UnknownTransitionException(Reason reason, String message, Object... arguments) {
        super(reason, message, arguments);
    }
}
