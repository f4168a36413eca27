package org.arbiter.web.integration;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.arbiter.api.vocabulary.Role;
import org.arbiter.shared.ForbiddenException;

/** Refuses callers without {@code PLATFORM} on {@link PlatformOnly} resources, before their body is read. */
@Provider
@PlatformOnly
@Priority(Priorities.AUTHORIZATION)
public class PlatformOnlyCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getSecurityContext().isUserInRole(Role.PLATFORM.name())) {
            throw new ForbiddenException("only the marketplace's own systems (PLATFORM) use the integration API");
        }
    }
}
