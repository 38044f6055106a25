package org.koryu.editor;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.accounts.AccountService;

/**
 * How pages name a person: by the display name an admin gave the account ("監督者 花子"), not the
 * sign-in name. A name that is no account (the scheduler, an account since removed) shows as it is.
 */
@Named
@RequestScoped
public class People {

    @Inject
    AccountService accounts;

    private Map<String, String> names;

    public String name(String username) {
        if (username == null) {
            return "";
        }
        if (names == null) {
            names = accounts.displayNames();
        }
        return names.getOrDefault(username, username);
    }
}
