package org.arbiter.web.security;

import java.util.Locale;

/**
 * How callers sign in, which decides the challenge of a 401 the application answers itself: HTTP Basic with
 * the demo accounts (the demo configuration) or bearer tokens (the production configuration, which sets
 * the system property {@code arbiter.sign-in=bearer}). The server's own 401s carry its mechanism's challenge.
 */
public enum SignIn {
    BASIC("Basic"),
    BEARER("Bearer");

    /** The realm name both configurations give their mechanism. */
    public static final String REALM = "Arbiter";

    private final String scheme;

    SignIn(String scheme) {
        this.scheme = scheme;
    }

    /** The WWW-Authenticate value for this way of signing in. */
    public String challenge() {
        return scheme + " realm=\"" + REALM + "\"";
    }

    /** The setting's value, case-insensitive; anything unknown is the demo's Basic. */
    public static SignIn of(String setting) {
        return setting != null && setting.trim().toLowerCase(Locale.ROOT).equals("bearer") ? BEARER : BASIC;
    }
}
