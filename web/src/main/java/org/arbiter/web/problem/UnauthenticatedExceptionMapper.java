package org.arbiter.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.arbiter.api.problem.ProblemType;
import org.arbiter.web.security.SignIn;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** 401 with the challenge, for a request that reached the API unauthenticated. */
@Provider
public class UnauthenticatedExceptionMapper implements ExceptionMapper<UnauthenticatedException> {

    @Inject
    RequestPath path;

    /** basic (the demo configuration) or bearer (set by the production configuration). */
    @Inject
    @ConfigProperty(name = "arbiter.sign-in", defaultValue = "basic")
    String signIn;

    @Override
    public Response toResponse(UnauthenticatedException e) {
        return Response.fromResponse(Problems.response(401, ProblemType.UNAUTHENTICATED, e.getMessage(), path.value()))
                .header(HttpHeaders.WWW_AUTHENTICATE, SignIn.of(signIn).challenge())
                .build();
    }
}
