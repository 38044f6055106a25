package org.koryu.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The rules of accounts and tokens: who may sign in, how passwords and tokens are checked and
 * kept, and the changes an admin makes (never leaving Koryu without an enabled admin).
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
                .filter(ApiToken::active);
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

    public Account create(String username, String displayName, Set<Role> roles, String password) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("username", "'" + name + "' is not a usable name: 2 to 64 characters, "
                    + "lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (byUsername(name).isPresent()) {
            throw new AccountException("username", "the name '" + name + "' is taken");
        }
        if (roles.isEmpty()) {
            throw new AccountException("roles", "choose at least one role");
        }
        Account account = new Account(name, displayName == null || displayName.isBlank() ? name : displayName.strip(),
                roles, clock.instant());
        if (password != null) {
            account.setPasswordHash(hashing.hash(checkedPassword(password)));
        }
        em.persist(account);
        return account;
    }

    public void setPassword(long accountId, String password) {
        account(accountId).setPasswordHash(hashing.hash(checkedPassword(password)));
    }

    public void setRoles(long accountId, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new AccountException("roles", "choose at least one role");
        }
        Account account = account(accountId);
        if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdmin(account);
        }
        account.assignRoles(roles);
    }

    public void setEnabled(long accountId, boolean enabled) {
        Account account = account(accountId);
        if (!enabled && account.hasRole(Role.ADMIN)) {
            requireAnotherAdmin(account);
        }
        account.enable(enabled);
    }

    public void rename(long accountId, String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new AccountException("displayName", "a display name is required");
        }
        account(accountId).rename(displayName.strip());
    }

    public IssuedToken issueToken(long accountId, String name) {
        Account account = account(accountId);
        if (name == null || name.isBlank()) {
            throw new AccountException("name", "name the token after what uses it, e.g. 'ward website'");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = TOKEN_MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken(account.id(), name.strip(), sha256(secret), secret.substring(0, 10), clock.instant());
        em.persist(token);
        return new IssuedToken(token, secret);
    }

    public void revokeToken(long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            throw new AccountException("token", "no token " + tokenId);
        }
        token.revoke(clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> accounts() {
        return em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiToken> tokens() {
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Account account(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new AccountException("account", "no account " + id);
        }
        return account;
    }

    private void requireAnotherAdmin(Account account) {
        long otherAdmins = accounts().stream()
                .filter(a -> !a.id().equals(account.id()) && a.enabled() && a.hasRole(Role.ADMIN))
                .count();
        if (otherAdmins == 0) {
            throw new AccountException("roles", account.username() + " is the last enabled admin; make another admin first");
        }
    }

    private static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException("password", "a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
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
