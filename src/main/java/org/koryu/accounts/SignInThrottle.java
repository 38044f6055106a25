package org.koryu.accounts;

import java.time.Clock;
import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The instance's {@link SignInAttempts}, configured by {@code KORYU_SIGNIN_MAX_FAILURES} (per account
 * name, 5), {@code KORYU_SIGNIN_MAX_FAILURES_PER_ADDRESS} (20) and {@code KORYU_SIGNIN_WAIT_SECONDS} (300).
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "koryu.signin.max-failures", defaultValue = "5")
    int perAccount;

    @Inject
    @ConfigProperty(name = "koryu.signin.max-failures-per-address", defaultValue = "20")
    int perAddress;

    @Inject
    @ConfigProperty(name = "koryu.signin.wait-seconds", defaultValue = "300")
    long waitSeconds;

    private SignInAttempts attempts;

    @PostConstruct
    void create() {
        attempts = new SignInAttempts(clock, perAccount, perAddress, Duration.ofSeconds(waitSeconds));
    }

    public SignInAttempts attempts() {
        return attempts;
    }
}
