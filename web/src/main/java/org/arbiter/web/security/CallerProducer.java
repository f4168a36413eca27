package org.arbiter.web.security;

import java.security.Principal;
import java.util.EnumSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.arbiter.api.vocabulary.Role;
import org.arbiter.shared.Caller;
import org.arbiter.web.problem.UnauthenticatedException;

/**
 * The caller of the current request, from the identity the server authenticated: the user name and the
 * roles the realm holds for them. Nothing the client sends (headers, body fields) can change either.
 */
@RequestScoped
public class CallerProducer {

    @Inject
    HttpServletRequest request;

    @Produces
    Caller caller() {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            throw new UnauthenticatedException();
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            // SYSTEM is the platform's own timers; no signed-in user acts as it.
            if (role != Role.SYSTEM && request.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        return new Caller(principal.getName(), roles);
    }
}
