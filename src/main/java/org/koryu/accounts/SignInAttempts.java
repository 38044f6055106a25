package org.koryu.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per account name and per client address. After {@code perAccount}
 * failures for one name, or {@code perAddress} from one address, further attempts are refused
 * unchecked until {@code wait} has passed; then each failure counts again from zero. A success
 * clears its name's count. A name counts whether or not such an account exists, so refusals tell
 * nobody which names are real. The counts live in this instance's memory: a restart forgets them.
 */
public final class SignInAttempts {

    /** Past this many tracked names and addresses, those without a recent failure are forgotten. */
    private static final int PRUNE_FROM = 10_000;

    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration wait;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInAttempts(Clock clock, int perAccount, int perAddress, Duration wait) {
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.wait = wait;
    }

    /** How long this attempt must wait, when the name or the address is locked now. */
    public Optional<Duration> locked(String name, String address) {
        Instant now = clock.instant();
        Duration byName = remaining(accountKey(name), now);
        Duration byAddress = remaining(addressKey(address), now);
        Duration longer = byName.compareTo(byAddress) >= 0 ? byName : byAddress;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    public void failed(String name, String address) {
        Instant now = clock.instant();
        count(accountKey(name), perAccount, now);
        count(addressKey(address), perAddress, now);
        if (failures.size() > PRUNE_FROM) {
            failures.values().removeIf(f -> f.idleSince(now, wait));
        }
    }

    public void succeeded(String name) {
        failures.remove(accountKey(name));
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.lockedUntil == null || !now.isBefore(f.lockedUntil)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.lockedUntil);
    }

    private void count(String key, int limit, Instant now) {
        failures.compute(key, (k, f) -> (f == null ? new Failures() : f).failedAt(now, limit, wait));
    }

    private static String accountKey(String name) {
        return "account:" + name.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static final class Failures {
        private int count;
        private Instant last;
        private volatile Instant lockedUntil;

        Failures failedAt(Instant now, int limit, Duration wait) {
            last = now;
            if (++count >= limit) {
                lockedUntil = now.plus(wait);
                count = 0;
            }
            return this;
        }

        boolean idleSince(Instant now, Duration wait) {
            return last.plus(wait).plus(wait).isBefore(now);
        }
    }
}
