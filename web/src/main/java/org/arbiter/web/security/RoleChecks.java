package org.arbiter.web.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.function.Predicate;

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
 * Puts a role check in front of every {@link StaffOnly} and {@link PlatformOnly} resource method, before its body
 * is read. Not name bindings: the JAX-RS annotations live on the API interfaces, and the runtime looks for bindings
 * there, so one on a resource class's method would be ignored without a word.
 */
@Provider
public class RoleChecks implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Class<?> resourceClass = resource.getResourceClass();
        Method method = resource.getResourceMethod();
        if (isMarked(StaffOnly.class, resourceClass, method)) {
            context.register(new RoleCheck(Role::isStaff,
                    "this is staff work: specialists, risk reviewers and supervisors do it"));
        } else if (isMarked(PlatformOnly.class, resourceClass, method)) {
            context.register(new RoleCheck(role -> role == Role.PLATFORM,
                    "only the marketplace's own systems (PLATFORM) use the integration API"));
        }
    }

    /** Whether the resource class, or its own declaration of the interface's method, carries the mark. */
    static boolean isMarked(Class<? extends Annotation> mark, Class<?> resourceClass, Method method) {
        if (resourceClass.isAnnotationPresent(mark)) {
            return true;
        }
        try {
            return resourceClass.getMethod(method.getName(), method.getParameterTypes()).isAnnotationPresent(mark);
        } catch (NoSuchMethodException notDeclaredThere) {
            return false;
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {

        private final Predicate<Role> allowed;
        private final String refusal;

        RoleCheck(Predicate<Role> allowed, String refusal) {
            this.allowed = allowed;
            this.refusal = refusal;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (Arrays.stream(Role.values()).noneMatch(role -> allowed.test(role) && security.isUserInRole(role.name()))) {
                throw new ForbiddenException(refusal);
            }
        }
    }
}
