package org.koryu.accounts;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.koryu.workflow.engine.Actor;

/**
 * Whatever page or request asks, the accounts service refuses every admin change and listing to
 * someone who is not an admin, before it reads or writes anything (the service here has no
 * database at all: reaching it would fail differently).
 */
class AdminOnlyTest {

    private final AccountService accounts = new AccountService();
    private final Actor supervisor = new Actor("supervisor", Set.of(Role.SUPERVISOR_NAME, Role.EDITOR_NAME));

    @Test
    void nonAdminsCannotListOrChangeAccounts() {
        assertThatThrownBy(() -> accounts.accounts(supervisor)).isInstanceOf(AdminOnlyException.class)
                .hasMessageContaining("supervisor is not an admin");
        assertThatThrownBy(() -> accounts.account(supervisor, 1)).isInstanceOf(AdminOnlyException.class);
        assertThatThrownBy(() -> accounts.create(supervisor, "intruder", "x", Set.of(Role.ADMIN), "long-enough-pw"))
                .isInstanceOf(AdminOnlyException.class);
        assertThatThrownBy(() -> accounts.setRoles(supervisor, 1, Set.of(Role.ADMIN))).isInstanceOf(AdminOnlyException.class);
        assertThatThrownBy(() -> accounts.setEnabled(supervisor, 1, false)).isInstanceOf(AdminOnlyException.class);
        assertThatThrownBy(() -> accounts.setPassword(supervisor, 1, "long-enough-pw")).isInstanceOf(AdminOnlyException.class);
        assertThatThrownBy(() -> accounts.rename(supervisor, 1, "x")).isInstanceOf(AdminOnlyException.class);
    }

    @Test
    void nonAdminsCannotSeeIssueOrRevokeTokens() {
        assertThatThrownBy(() -> accounts.tokens(supervisor)).isInstanceOf(AdminOnlyException.class);
        assertThatThrownBy(() -> accounts.issueToken(supervisor, 1, "script", null)).isInstanceOf(AdminOnlyException.class);
        assertThatThrownBy(() -> accounts.revokeToken(supervisor, 1)).isInstanceOf(AdminOnlyException.class);
        assertThatThrownBy(() -> accounts.tokens(null)).isInstanceOf(AdminOnlyException.class).hasMessageContaining("nobody");
    }
}
