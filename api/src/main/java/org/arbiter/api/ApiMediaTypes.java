package org.arbiter.api;

/** Media types the API speaks besides {@code application/json}. */
public final class ApiMediaTypes {

    /** RFC 9457 problem details, the body of every error. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private ApiMediaTypes() {
    }
}
