package org.koryu.accounts;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person (or script owner) who can sign in. The password is kept only as a PBKDF2 hash; an
 * account without one cannot sign in with a password. A disabled account cannot sign in at all,
 * and its sessions and tokens stop working at their next request.
 */
@Entity
@Table(name = "account")
public class Account implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private String roles;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    Account(String username, String displayName, Set<Role> roles, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.enabled = true;
        this.createdAt = now;
        assignRoles(roles);
    }

    void assignRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        roles = newRoles.stream().map(Role::roleName).sorted().collect(Collectors.joining(","));
    }

    void setPasswordHash(String hash) {
        passwordHash = hash;
    }

    void rename(String newDisplayName) {
        displayName = newDisplayName;
    }

    void enable(boolean on) {
        enabled = on;
    }

    public Set<String> roleNames() {
        return Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean hasRole(Role role) {
        return roleNames().contains(role.roleName());
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
