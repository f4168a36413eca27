package org.arbiter.shared;

/**
 * Nothing the caller may see has that name. Also used when the thing exists but belongs to someone
 * else, so that other people's case numbers and orders cannot be probed.
 */
public class NotFoundException extends ArbiterException {

    public NotFoundException(String message) {
        super(message);
    }
}
