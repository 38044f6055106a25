package org.koryu.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final SignInAttempts attempts = new SignInAttempts(clock, 3, 5, Duration.ofSeconds(60));

    @Test
    void aNameIsLockedAfterItsFailuresAndFreeAgainAfterTheWait() {
        attempts.failed("editor", "10.0.0.1");
        attempts.failed("editor", "10.0.0.2");
        assertThat(attempts.locked("editor", "10.0.0.3")).isEmpty();

        attempts.failed("Editor ", "10.0.0.3");

        assertThat(attempts.locked("editor", "10.0.0.9")).contains(Duration.ofSeconds(60));
        assertThat(attempts.locked("supervisor", "10.0.0.9")).isEmpty();
        clock.advance(Duration.ofSeconds(59));
        assertThat(attempts.locked("editor", "10.0.0.9")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.locked("editor", "10.0.0.9")).isEmpty();
    }

    @Test
    void anAddressIsLockedAfterFailuresOverManyNames() {
        for (int i = 0; i < 5; i++) {
            attempts.failed("guess" + i, "192.0.2.7");
        }

        assertThat(attempts.locked("editor", "192.0.2.7")).isPresent();
        assertThat(attempts.locked("editor", "192.0.2.8")).isEmpty();
    }

    @Test
    void unknownAndKnownNamesAreCountedAlike() {
        for (int i = 0; i < 3; i++) {
            attempts.failed("no-such-account", "10.0.0." + i);
            attempts.failed("editor", "10.0.1." + i);
        }

        assertThat(attempts.locked("no-such-account", "10.9.9.9")).isEqualTo(attempts.locked("editor", "10.9.9.9"));
    }

    @Test
    void aSuccessClearsTheNamesCount() {
        attempts.failed("editor", "10.0.0.1");
        attempts.failed("editor", "10.0.0.1");
        attempts.succeeded("editor");
        attempts.failed("editor", "10.0.0.1");
        attempts.failed("editor", "10.0.0.1");

        assertThat(attempts.locked("editor", "10.0.0.2")).isEmpty();
    }
}
