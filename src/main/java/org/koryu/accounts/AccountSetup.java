package org.koryu.accounts;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts Koryu starts with. In demo mode, and only in an empty database: editor, editor2,
 * supervisor, supervisor2 and admin, all with the password {@value #DEMO_PASSWORD}. Outside demo
 * mode no account has a known password: the first admin is created from
 * {@code KORYU_ADMIN_USERNAME} and {@code KORYU_ADMIN_PASSWORD} when no admin exists yet.
 */
@ApplicationScoped
public class AccountSetup {

    private static final Logger LOG = Logger.getLogger(AccountSetup.class.getName());
    public static final String DEMO_PASSWORD = "koryu-demo";

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "koryu.admin.username")
    Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "koryu.admin.password")
    Optional<String> adminPassword;

    @Transactional
    public void prepare(boolean demo) {
        if (demo) {
            if (accounts.count() == 0) {
                demoAccount("editor", "編集者 一郎 (editor)", Role.EDITOR);
                demoAccount("editor2", "編集者 二郎 (editor2)", Role.EDITOR);
                demoAccount("supervisor", "監督者 花子 (supervisor)", Role.SUPERVISOR);
                demoAccount("supervisor2", "監督者 次子 (supervisor2)", Role.SUPERVISOR);
                demoAccount("admin", "管理者 (admin)", Role.ADMIN);
                LOG.warning("Demo mode: accounts editor, editor2, supervisor, supervisor2 and admin created with the password '"
                        + DEMO_PASSWORD + "'. Never run demo mode with real content.");
            }
            return;
        }
        boolean anyAdmin = accounts.accounts().stream().anyMatch(a -> a.enabled() && a.hasRole(Role.ADMIN));
        if (anyAdmin) {
            return;
        }
        if (adminUsername.isPresent() && adminPassword.isPresent()) {
            accounts.create(adminUsername.get(), adminUsername.get(), Set.of(Role.ADMIN), adminPassword.get());
            LOG.info(() -> "First admin '" + adminUsername.get() + "' created from KORYU_ADMIN_USERNAME/KORYU_ADMIN_PASSWORD");
        } else {
            LOG.warning("No admin account exists and KORYU_ADMIN_USERNAME/KORYU_ADMIN_PASSWORD are not set: nobody can sign in. "
                    + "Set them (or KORYU_DEMO=true on a throw-away database) and restart.");
        }
    }

    private void demoAccount(String username, String displayName, Role role) {
        accounts.create(username, displayName, Set.of(role), DEMO_PASSWORD);
    }
}
