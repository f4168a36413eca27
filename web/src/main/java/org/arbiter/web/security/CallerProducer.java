package org.arbiter.web.security;

import java.security.Principal;
import java.util.EnumSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.arbiter.api.vocabulary.Role;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ForbiddenException;
import org.arbiter.web.problem.UnauthenticatedException;

/**
 * The caller of the current request, from the identity the server authenticated: the user name and the
 * roles the realm holds for them (the demo accounts' properties file, or a bearer token's roles claim).
 * Nothing else the client sends (headers, body fields) can change either. An identity without any of
 * Arbiter's roles, such as a valid token whose roles claim is empty or names only SYSTEM, may do nothing.
 */
@RequestScoped
public class CallerProducer {

    @Inject
    HttpServletRequest request;

    @Inject
    StaffSignIns staffSignIns;

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
        if (roles.isEmpty()) {
            throw new ForbiddenException("your account has no role in Arbiter");
        }
        Caller caller = new Caller(principal.getName(), roles);
        staffSignIns.seen(caller);
        return caller;
    }
}
