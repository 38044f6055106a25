package org.koryu.workflow.engine;

/** A transition the engine refused; subclasses say why, the message says it to a person. */
public abstract class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected WorkflowException(String message) {
        super(message);
    }
}
