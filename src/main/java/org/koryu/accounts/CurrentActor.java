package org.koryu.accounts;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.koryu.workflow.engine.Actor;

/** The person (or token holder) behind the current request, as the workflow sees them. */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    public Actor actor() {
        if (security.getCallerPrincipal() == null) {
            throw new IllegalStateException("No one is signed in");
        }
        Set<String> roles = Role.names().stream().filter(security::isCallerInRole).collect(Collectors.toSet());
        return new Actor(security.getCallerPrincipal().getName(), roles);
    }

    public boolean signedIn() {
        return security.getCallerPrincipal() != null;
    }

    public boolean hasRole(Role role) {
        return security.isCallerInRole(role.roleName());
    }
}
