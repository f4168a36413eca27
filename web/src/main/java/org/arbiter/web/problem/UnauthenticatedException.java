package org.arbiter.web.problem;

/** A request reached an API resource without a signed-in user. */
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException() {
        super("sign in to use the API", null, false, false);
    }
}
