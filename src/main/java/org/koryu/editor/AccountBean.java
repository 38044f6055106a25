package org.koryu.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.accounts.Account;
import org.koryu.accounts.AccountException;
import org.koryu.accounts.AccountService;
import org.koryu.accounts.CurrentActor;

/**
 * One account as an admin changes it: its name, roles, whether it may sign in, a new password.
 * Each change is one call to the accounts service, whose refusals appear beside the input.
 */
@Named
@ViewScoped
public class AccountBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where refusals of sign-in changes appear: the two buttons take turns, so the messages sit beside both. */
    private static final String ACCESS = "access";

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor current;

    @Inject
    Messages messages;

    @Inject
    Refusals refusals;

    private Long id;
    private String username;
    private String displayName;
    private boolean enabled;
    private List<String> roles = new ArrayList<>();
    private String newPassword;

    public void load() {
        if (id == null) {
            return;
        }
        Account account = accounts.account(current.actor(), id);
        username = account.username();
        displayName = account.displayName();
        enabled = account.enabled();
        roles = new ArrayList<>(account.roleNames());
    }

    public void rename() {
        change("account:displayName", () -> accounts.rename(current.actor(), id, displayName), "admin.account.renamed");
    }

    public void saveRoles() {
        change("roles:roleNames", () -> accounts.setRoles(current.actor(), id, RoleChoices.of(roles)),
                "admin.account.rolesSaved");
    }

    public void disable() {
        change(ACCESS, () -> accounts.setEnabled(current.actor(), id, false), "admin.account.disabledNow");
    }

    public void enable() {
        change(ACCESS, () -> accounts.setEnabled(current.actor(), id, true), "admin.account.enabledNow");
    }

    public void resetPassword() {
        change("password:newPassword", () -> accounts.setPassword(current.actor(), id, newPassword),
                "admin.account.passwordSet");
        newPassword = null;
    }

    private void change(String componentId, Runnable change, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            change.run();
            FieldMessages.info(faces, messages.get(doneKey, username));
        } catch (AccountException e) {
            FieldMessages.at(faces, componentId, refusals.text(e));
        }
        load();
    }

    public boolean isMe() {
        return username != null && username.equals(current.actor().name());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
