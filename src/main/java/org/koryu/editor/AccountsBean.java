package org.koryu.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
    transient AccountService accounts;

    @Inject
    transient CurrentActor current;

    @Inject
    transient Messages messages;

    private String username;
    private String displayName;
    private String password;
    private List<String> roles = new ArrayList<>(List.of(Role.EDITOR.roleName()));

    public List<Account> getAccounts() {
        return accounts.accounts(current.actor());
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Account account = accounts.create(current.actor(), username, displayName, roles(roles), password);
            FieldMessages.info(faces, messages.get("admin.account.created", account.username()));
            username = null;
            displayName = null;
            password = null;
            roles = new ArrayList<>(List.of(Role.EDITOR.roleName()));
        } catch (AccountException e) {
            FieldMessages.at(faces, FIELDS.get(e.field()), e.getMessage());
        }
    }

    /** The roles as the domain knows them; the form offers no other names. */
    static Set<Role> roles(List<String> names) {
        return names == null ? Set.of()
                : names.stream().map(Role::byName).flatMap(java.util.Optional::stream).collect(Collectors.toSet());
    }

    public List<String> getRoleNames() {
        return Role.names().stream().sorted().toList();
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
