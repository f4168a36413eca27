package org.arbiter.web;

import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * is not for the server to guess; a query parameter the resource does not take (a misspelt one would be ignored);
 * and percent-encoded bytes that are not UTF-8. A 400 naming each such parameter.
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
        uri.getPathParameters(false).forEach((name, values) -> rejectUndecodable(fields, name, values));
        uri.getQueryParameters(false).forEach((name, values) -> rejectUndecodable(fields, name, values));
        uri.getPathParameters().forEach((name, values) -> rejectUnreadable(fields, name, values));
        uri.getQueryParameters().forEach((name, values) -> rejectUnreadable(fields, name, values));
        Method method = resource.getResourceMethod();
        if (method != null) {
            Declared declared = declared(resource.getResourceClass(), method);
            for (String name : uri.getQueryParameters().keySet()) {
                if (!declared.queryNames().contains(name)) {
                    // A misspelt parameter would otherwise be ignored: ?staffonly=true stores evidence for all to see.
                    fields.reject(name, declared.queryNames().isEmpty()
                            ? "is not a parameter of this request, which takes none"
                            : "is not a parameter of this request; it takes " + declared.queryList());
                }
            }
            for (Parameter parameter : declared.singleValued()) {
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

    /**
     * Percent-encoded bytes that are not UTF-8 ({@code %FF}) would be decoded to U+FFFD and stored as that: the
     * still-encoded values are checked instead.
     */
    private static void rejectUndecodable(Fields fields, String name, List<String> encodedValues) {
        for (String encoded : encodedValues) {
            if (!isUtf8(encoded)) {
                fields.reject(decodedName(name), "is not UTF-8 text: percent-encoded bytes that are no characters");
                return;
            }
        }
    }

    static boolean isUtf8(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            int high = c == '%' && i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(encoded.charAt(i + 2), 16) : -1;
            if (low >= 0) {
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static String decodedName(String name) {
        return isUtf8(name) ? URLDecoder.decode(name, StandardCharsets.UTF_8) : "query";
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

    /**
     * What a resource method declares: its query parameters (single- and many-valued, with their names listed for
     * the message), and those of its query parameters and headers bound to a single value.
     */
    record Declared(Set<String> queryNames, String queryList, List<Parameter> singleValued) {
    }

    private static final Map<Method, Declared> DECLARED = new ConcurrentHashMap<>();

    /**
     * The method's declared parameters, read once per method. The annotations sit on the API interface the resource
     * implements, which reflection on the resource's own method does not show.
     */
    static Declared declared(Class<?> resourceClass, Method method) {
        return DECLARED.computeIfAbsent(method, m -> {
            Method declared = annotated(resourceClass, m);
            Annotation[][] annotations = declared.getParameterAnnotations();
            Class<?>[] types = declared.getParameterTypes();
            Set<String> queryNames = new TreeSet<>();
            List<Parameter> single = new ArrayList<>();
            for (int i = 0; i < types.length; i++) {
                boolean manyValued = Collection.class.isAssignableFrom(types[i]);
                for (Annotation annotation : annotations[i]) {
                    if (annotation instanceof QueryParam query) {
                        queryNames.add(query.value());
                        if (!manyValued) {
                            single.add(new Parameter(query.value(), false));
                        }
                    } else if (annotation instanceof HeaderParam header && !manyValued) {
                        single.add(new Parameter(header.value(), true));
                    }
                }
            }
            return new Declared(Set.copyOf(queryNames), String.join(", ", queryNames), List.copyOf(single));
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
