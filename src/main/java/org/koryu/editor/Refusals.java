package org.koryu.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.koryu.accounts.AccountException;
import org.koryu.content.ConflictException;
import org.koryu.workflow.engine.WorkflowException;

/**
 * The services' refusals in the page's language. Each reason of an account change or a transition
 * has a text of its own ({@code account.refused.<reason>}, {@code workflow.refused.<reason>}); a
 * conflict between items is a fault with texts beside its code.
 */
@RequestScoped
public class Refusals {

    @Inject
    Messages messages;

    @Inject
    WorkflowLabels labels;

    public String text(AccountException refusal) {
        return messages.get("account.refused." + refusal.reason().key(), refusal.arguments());
    }

    public String text(WorkflowException refusal) {
        Object[] arguments = refusal.arguments();
        if (refusal.reason() == WorkflowException.Reason.NOT_IN_STATE) {
            arguments[1] = labels.state((String) arguments[1]);
        }
        return messages.get("workflow.refused." + refusal.reason().key(), arguments);
    }

    public String text(ConflictException conflict) {
        return messages.fault(conflict.fault());
    }
}
