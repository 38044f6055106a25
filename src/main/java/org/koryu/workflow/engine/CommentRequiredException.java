package org.koryu.workflow.engine;

/** The transition asks for a comment (e.g. why a draft is sent back) and none was given. */
public class CommentRequiredException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public CommentRequiredException(Reason reason, String message, Object... arguments) {
        super(reason, message, arguments);
    }
}
