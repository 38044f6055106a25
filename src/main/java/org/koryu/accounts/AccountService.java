package org.koryu.accounts;

import static org.koryu.platform.TimeZones.TOKYO;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koryu.workflow.engine.Actor;

/**
 * The rules of accounts and tokens: who may sign in, how passwords and tokens are checked and
 * kept, and the changes an admin makes. Every change and every listing made for someone takes
 * the acting {@link Actor} and is refused unless they are an admin, whatever page or request
 * asked; an admin cannot disable themselves, and Koryu is never left without an enabled admin.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final String TOKEN_MARK = "kor_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> authenticate(String username, String password) {
        Optional<Account> account = byUsername(username).filter(Account::enabled);
        String stored = account.map(Account::passwordHash).orElse(null);
        return hashing.matches(password, stored) ? account : Optional.empty();
    }

    public Optional<Account> authenticateToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_MARK)) {
            return Optional.empty();
        }
        Optional<ApiToken> token = em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", sha256(secret))
                .getResultStream().findFirst()
                .filter(t -> t.activeAt(clock.instant()));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ApiToken t = token.get();
        if (t.lastUsedAt() == null || Duration.between(t.lastUsedAt(), now).toMinutes() >= 1) {
            t.used(now);
        }
        return Optional.ofNullable(em.find(Account.class, t.accountId())).filter(Account::enabled);
    }

    /** The roles of an enabled account, asked on every request of a signed-in session so that changes apply at once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Set<String>> activeRoles(String username) {
        return byUsername(username).filter(Account::enabled).map(Account::roleNames);
    }

    public Account create(Actor by, String username, String displayName, Set<Role> roles, String password) {
        requireAdmin(by);
        if (password == null || password.isEmpty()) {
            throw new AccountException(AccountException.Reason.PASSWORD_MISSING, "give the new account a password of at least "
                    + MIN_PASSWORD_LENGTH + " characters", MIN_PASSWORD_LENGTH);
        }
        return create(username, displayName, roles, password);
    }

    /** Creates an account without asking who does it: for start-up only (demo accounts, the first admin). */
    Account create(String username, String displayName, Set<Role> roles, String password) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException(AccountException.Reason.USERNAME_INVALID, "'" + name + "' is not a usable name: 2 to 64 "
                    + "characters, lower-case letters, digits, '.', '_' or '-', starting with a letter or digit", name);
        }
        if (byUsername(name).isPresent()) {
            throw new AccountException(AccountException.Reason.USERNAME_TAKEN, "the name '" + name + "' is taken", name);
        }
        if (roles.isEmpty()) {
            throw new AccountException(AccountException.Reason.ROLES_EMPTY, "choose at least one role");
        }
        Account account = new Account(name, displayName == null || displayName.isBlank() ? name : displayName.strip(),
                roles, clock.instant());
        if (password != null) {
            account.setPasswordHash(hashing.hash(checkedPassword(password)));
        }
        em.persist(account);
        return account;
    }

    public void setPassword(Actor by, long accountId, String password) {
        requireAdmin(by);
        account(accountId).setPasswordHash(hashing.hash(checkedPassword(password)));
    }

    public void setRoles(Actor by, long accountId, Set<Role> roles) {
        requireAdmin(by);
        if (roles.isEmpty()) {
            throw new AccountException(AccountException.Reason.ROLES_EMPTY, "choose at least one role");
        }
        Account account = account(accountId);
        if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdmin(account);
        }
        account.assignRoles(roles);
    }

    public void setEnabled(Actor by, long accountId, boolean enabled) {
        requireAdmin(by);
        Account account = account(accountId);
        if (!enabled && account.username().equals(by.name())) {
            // Disabling oneself would end one's own session mid-task with nobody having chosen to.
            throw new AccountException(AccountException.Reason.DISABLING_ONESELF,
                    "you cannot disable your own account; another admin can");
        }
        if (!enabled && account.hasRole(Role.ADMIN)) {
            requireAnotherAdmin(account);
        }
        account.enable(enabled);
    }

    public void rename(Actor by, long accountId, String displayName) {
        requireAdmin(by);
        if (displayName == null || displayName.isBlank()) {
            throw new AccountException(AccountException.Reason.DISPLAY_NAME_MISSING, "a display name is required");
        }
        account(accountId).rename(displayName.strip());
    }

    /**
     * Issues a token for an account, valid through {@code lastDay} (Tokyo time) when one is given;
     * its secret is in the answer and nowhere else.
     */
    public IssuedToken issueToken(Actor by, long accountId, String name, LocalDate lastDay) {
        requireAdmin(by);
        Account account = account(accountId);
        if (name == null || name.isBlank()) {
            throw new AccountException(AccountException.Reason.TOKEN_NAME_MISSING,
                    "name the token after what uses it, e.g. 'ward website'");
        }
        Instant expiresAt = lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(TOKYO).toInstant();
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw new AccountException(AccountException.Reason.LAST_DAY_PASSED,
                    "the last day " + lastDay + " has passed; choose today or a later day", lastDay.toString());
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = TOKEN_MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken(account.id(), name.strip(), sha256(secret), secret.substring(0, 10), clock.instant(),
                expiresAt);
        em.persist(token);
        return new IssuedToken(token, secret);
    }

    public void revokeToken(Actor by, long tokenId) {
        requireAdmin(by);
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            throw new AccountException(AccountException.Reason.NO_SUCH_TOKEN, "no token " + tokenId, tokenId);
        }
        token.revoke(clock.instant());
    }

    /** Every account, for an admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> accounts(Actor by) {
        requireAdmin(by);
        return accounts();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<Account> accounts() {
        return em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class).getResultList();
    }

    /** Every token ever issued (revoked and expired ones too, so that an admin sees what a script used), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiToken> tokens(Actor by) {
        requireAdmin(by);
        return em.createQuery("SELECT t FROM ApiToken t ORDER BY t.id DESC", ApiToken.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :name", Account.class)
                .setParameter("name", username)
                .getResultStream().findFirst();
    }

    /** The display name of every account by its username: what pages show where a person is named. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> displayNames() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT a.username, a.displayName FROM Account a", Object[].class).getResultStream()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }

    /** One account, for an admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Account account(Actor by, long id) {
        requireAdmin(by);
        return account(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Account account(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new AccountException(AccountException.Reason.NO_SUCH_ACCOUNT, "no account " + id, id);
        }
        return account;
    }

    private static void requireAdmin(Actor by) {
        if (by == null || !by.roles().contains(Role.ADMIN_NAME)) {
            throw new AdminOnlyException(by == null ? "nobody" : by.name());
        }
    }

    private void requireAnotherAdmin(Account account) {
        long otherAdmins = accounts().stream()
                .filter(a -> !a.id().equals(account.id()) && a.enabled() && a.hasRole(Role.ADMIN))
                .count();
        if (otherAdmins == 0) {
            throw new AccountException(AccountException.Reason.LAST_ADMIN,
                    account.username() + " is the last enabled admin; make another admin first", account.username());
        }
    }

    private static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException(AccountException.Reason.PASSWORD_TOO_SHORT,
                    "a password needs at least " + MIN_PASSWORD_LENGTH + " characters", MIN_PASSWORD_LENGTH);
        }
        return password;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
