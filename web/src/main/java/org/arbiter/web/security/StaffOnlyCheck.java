package org.arbiter.web.security;

import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import org.arbiter.api.vocabulary.Role;
import org.arbiter.shared.ForbiddenException;

/**
 * Puts a role check in front of every {@link StaffOnly} resource method, before its body is read. Not a name
 * binding: the JAX-RS annotations live on the API interfaces, and the runtime looks for bindings there, not on
 * the resource class that implements them.
 */
@Provider
public class StaffOnlyCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (isStaffOnly(resource.getResourceClass(), resource.getResourceMethod())) {
            context.register(new Check());
        }
    }

    static boolean isStaffOnly(Class<?> resourceClass, Method method) {
        if (resourceClass.isAnnotationPresent(StaffOnly.class)) {
            return true;
        }
        try {
            return resourceClass.getMethod(method.getName(), method.getParameterTypes()).isAnnotationPresent(StaffOnly.class);
        } catch (NoSuchMethodException notDeclaredThere) {
            return false;
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (Arrays.stream(Role.values()).noneMatch(role -> role.isStaff() && security.isUserInRole(role.name()))) {
                throw new ForbiddenException("this is staff work: specialists, risk reviewers and supervisors do it");
            }
        }
    }
}
