package org.koryu.accounts;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles an account can hold. Workflow definitions may name only these (and {@code system}). */
public enum Role {
    EDITOR("editor"),
    SUPERVISOR("supervisor"),
    ADMIN("admin");

    public static final String EDITOR_NAME = "editor";
    public static final String SUPERVISOR_NAME = "supervisor";
    public static final String ADMIN_NAME = "admin";

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Set<String> names() {
        return Arrays.stream(values()).map(Role::roleName).collect(Collectors.toUnmodifiableSet());
    }

    public static Optional<Role> byName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
