package org.koryu.editor;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.accounts.Account;
import org.koryu.accounts.AccountException;
import org.koryu.accounts.AccountService;
import org.koryu.accounts.ApiToken;
import org.koryu.accounts.CurrentActor;
import org.koryu.accounts.IssuedToken;

/**
 * The admin's API tokens: the list (with whose they are and whether they still work), the form
 * that issues one, and revoking. A new token's secret is held only until the admin leaves or
 * issues another, since it is shown once and stored nowhere in clear.
 */
@Named
@ViewScoped
public class TokensBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "account", "issue:account",
            "name", "issue:name",
            "expires", "issue:lastDay");

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor current;

    @Inject
    Messages messages;

    @Inject
    Refusals refusals;

    @Inject
    Clock clock;

    private Long accountId;
    private String name;
    private LocalDate lastDay;
    private String issuedSecret;
    private String issuedName;

    private List<ApiToken> tokens;
    private List<Account> holders;
    private Map<Long, String> usernames;

    /** Read once per view and after each change, not on every getter call of the table. */
    @PostConstruct
    void refresh() {
        tokens = accounts.tokens(current.actor());
        holders = accounts.accounts(current.actor());
        usernames = holders.stream().collect(Collectors.toMap(Account::id, Account::username));
    }

    public List<ApiToken> getTokens() {
        return tokens;
    }

    public List<Account> getAccounts() {
        return holders;
    }

    /** Account names by id, so each token row can say whose it is. */
    public Map<Long, String> getUsernames() {
        return usernames;
    }

    public String status(ApiToken token) {
        return token.status(now()).key();
    }

    private Instant now() {
        return clock.instant();
    }

    public void issue() {
        FacesContext faces = FacesContext.getCurrentInstance();
        issuedSecret = null;
        if (accountId == null) {
            FieldMessages.at(faces, FIELDS.get("account"), messages.get("admin.token.accountRequired"));
            return;
        }
        try {
            IssuedToken issued = accounts.issueToken(current.actor(), accountId, name, lastDay);
            issuedSecret = issued.secret();
            issuedName = issued.token().name();
            name = null;
            lastDay = null;
            refresh();
        } catch (AccountException e) {
            FieldMessages.at(faces, FIELDS.get(e.field()), refusals.text(e));
        }
    }

    public void revoke(long tokenId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            accounts.revokeToken(current.actor(), tokenId);
            FieldMessages.info(faces, messages.get("admin.token.revoked"));
            refresh();
        } catch (AccountException e) {
            FieldMessages.error(faces, refusals.text(e));
        }
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public String getIssuedName() {
        return issuedName;
    }
}
