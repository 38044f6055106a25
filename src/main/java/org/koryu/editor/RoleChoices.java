package org.koryu.editor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.koryu.accounts.Role;

/** The roles an admin can tick on the account forms, and the ticked names read back as roles. */
@Named
@ApplicationScoped
public class RoleChoices {

    public List<String> getNames() {
        return Role.names().stream().sorted().toList();
    }

    /** The roles as the domain knows them; names the forms do not offer are ignored. */
    static Set<Role> of(List<String> names) {
        return names == null ? Set.of() : names.stream().map(Role::byName).flatMap(Optional::stream).collect(Collectors.toSet());
    }
}
