package org.arbiter.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.arbiter.shared.Fields;
import org.arbiter.shared.Text;

/**
 * Refuses, before a resource sees them, path and query parameters that carry control characters or unpaired
 * surrogates (PostgreSQL refuses a NUL in text outright, and nobody types the others), and a parameter or header
 * the resource takes once but the request gives several times: which of {@code ?kind=PHOTO&kind=VIDEO} was meant
 * is not for the server to guess. A 400 naming each such parameter.
 */
@Provider
@ApplicationScoped
public class RequestParameters implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Fields fields = new Fields();
        var uri = request.getUriInfo();
        uri.getPathParameters().forEach((name, values) -> rejectUnreadable(fields, name, values));
        uri.getQueryParameters().forEach((name, values) -> rejectUnreadable(fields, name, values));
        Method method = resource.getResourceMethod();
        if (method != null) {
            for (Parameter parameter : singleValued(resource.getResourceClass(), method)) {
                List<String> given = parameter.header()
                        ? request.getHeaders().get(parameter.name())
                        : uri.getQueryParameters().get(parameter.name());
                if (given != null && given.size() > 1) {
                    fields.reject(parameter.name(), "is given " + given.size() + " times; give it once");
                }
            }
        }
        fields.throwIfAny();
    }

    private static void rejectUnreadable(Fields fields, String name, List<String> values) {
        for (String value : values) {
            String problem = Text.problemWith(value);
            if (problem != null) {
                fields.reject(name, problem);
                return;
            }
        }
    }

    /** A query parameter or header bound to one value. */
    record Parameter(String name, boolean header) {
    }

    private static final Map<Method, List<Parameter>> SINGLE_VALUED = new ConcurrentHashMap<>();

    /**
     * The method's query parameters and headers bound to a single value. The annotations sit on the API interface
     * the resource implements, which reflection on the resource's own method does not show.
     */
    static List<Parameter> singleValued(Class<?> resourceClass, Method method) {
        return SINGLE_VALUED.computeIfAbsent(method, m -> {
            Method declared = annotated(resourceClass, m);
            Annotation[][] annotations = declared.getParameterAnnotations();
            Class<?>[] types = declared.getParameterTypes();
            List<Parameter> single = new ArrayList<>();
            for (int i = 0; i < types.length; i++) {
                if (Collection.class.isAssignableFrom(types[i])) {
                    continue;
                }
                for (Annotation annotation : annotations[i]) {
                    if (annotation instanceof QueryParam query) {
                        single.add(new Parameter(query.value(), false));
                    } else if (annotation instanceof HeaderParam header) {
                        single.add(new Parameter(header.value(), true));
                    }
                }
            }
            return List.copyOf(single);
        });
    }

    private static Method annotated(Class<?> resourceClass, Method method) {
        for (Class<?> api : resourceClass.getInterfaces()) {
            try {
                Method declared = api.getMethod(method.getName(), method.getParameterTypes());
                for (Annotation[] parameter : declared.getParameterAnnotations()) {
                    if (parameter.length > 0) {
                        return declared;
                    }
                }
            } catch (NoSuchMethodException notThisInterface) {
                // the next one
            }
        }
        return method;
    }
}
