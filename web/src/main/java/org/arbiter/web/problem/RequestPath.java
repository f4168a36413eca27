package org.arbiter.web.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The path of the current request, which a problem names as its {@code instance}. */
@RequestScoped
public class RequestPath {

    @Inject
    HttpServletRequest request;

    public String value() {
        return request.getRequestURI();
    }
}
