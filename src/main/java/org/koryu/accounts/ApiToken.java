package org.koryu.accounts;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A bearer token a downstream script uses in an account's name. Only its SHA-256 hash is stored
 * (tokens are long and random, so a fast hash is safe); the token itself is shown once, when issued.
 */
@Entity
@Table(name = "api_token")
public class ApiToken implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, updatable = false)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    protected ApiToken() {
    }

    ApiToken(long accountId, String name, String tokenHash, String tokenPrefix, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void used(Instant now) {
        lastUsedAt = now;
    }

    /** Whether the token authenticates at {@code now}: neither revoked nor past its expiry. */
    public boolean activeAt(Instant now) {
        return status(now) == Status.ACTIVE;
    }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? Status.EXPIRED : Status.ACTIVE;
    }

    /** Where a token stands; an admin sees it beside each token. */
    public enum Status {
        ACTIVE, EXPIRED, REVOKED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String tokenPrefix() {
        return tokenPrefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    /** The first instant the token no longer works, or null when it never expires. */
    public Instant expiresAt() {
        return expiresAt;
    }
}
