package org.koryu.accounts;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Checks passwords and API tokens against the accounts in the database; the groups it answers are the account's roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Optional<Account> account;
        if (credential instanceof UsernamePasswordCredential password) {
            account = accounts.authenticate(password.getCaller(), password.getPasswordAsString());
        } else if (credential instanceof ApiTokenCredential token) {
            account = accounts.authenticateToken(token.token());
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return account
                .map(a -> new CredentialValidationResult(a.username(), a.roleNames()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
