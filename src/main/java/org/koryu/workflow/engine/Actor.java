package org.koryu.workflow.engine;

import java.util.Objects;
import java.util.Set;

/**
 * Who fires a transition: an account name and its roles. The scheduler acts as the person who
 * scheduled the transition; rules (such as archiving past events) act as {@link #SYSTEM}.
 */
public record Actor(String name, Set<String> roles) {

    public static final String SYSTEM_ROLE = "system";
    public static final Actor SYSTEM = new Actor("system", Set.of(SYSTEM_ROLE));

    public Actor {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    public boolean hasAnyRole(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
