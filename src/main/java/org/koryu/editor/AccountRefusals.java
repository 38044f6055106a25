package org.koryu.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.koryu.accounts.AccountException;

/**
 * The accounts service's refusals in the page's language: each reason has a text of its own
 * ({@code account.refused.<reason>}); a reason without one shows the service's English message.
 */
@RequestScoped
public class AccountRefusals {

    @Inject
    Messages messages;

    public String text(AccountException refusal) {
        String key = "account.refused." + refusal.reason().key();
        String text = messages.get(key, refusal.arguments());
        return text.equals(key) ? refusal.getMessage() : text;
    }
}
