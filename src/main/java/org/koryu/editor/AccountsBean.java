package org.koryu.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.accounts.Account;
import org.koryu.accounts.AccountException;
import org.koryu.accounts.AccountService;
import org.koryu.accounts.CurrentActor;
import org.koryu.accounts.Role;

/** The admin's list of accounts and the form that creates one; the accounts service decides what is allowed. */
@Named
@ViewScoped
public class AccountsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "username", "create:username",
            "displayName", "create:displayName",
            "password", "create:password",
            "roles", "create:roles");

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor current;

    @Inject
    Messages messages;

    @Inject
    Refusals refusals;

    private String username;
    private String displayName;
    private String password;
    private List<String> roles = new ArrayList<>(List.of(Role.EDITOR.roleName()));

    private List<Account> all;

    /** Read once per view and after each change, not on every getter call of the table. */
    @PostConstruct
    void refresh() {
        all = accounts.accounts(current.actor());
    }

    public List<Account> getAccounts() {
        return all;
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Account account = accounts.create(current.actor(), username, displayName, RoleChoices.of(roles), password);
            FieldMessages.info(faces, messages.get("admin.account.created", account.username()));
            username = null;
            displayName = null;
            password = null;
            roles = new ArrayList<>(List.of(Role.EDITOR.roleName()));
            refresh();
        } catch (AccountException e) {
            FieldMessages.at(faces, FIELDS.get(e.field()), refusals.text(e));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
