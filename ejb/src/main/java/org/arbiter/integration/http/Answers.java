package org.arbiter.integration.http;

/** Checks every answer shares. */
final class Answers {

    private Answers() {
    }

    /** An answer about another order than the one asked for is not an answer. */
    static void sameOrder(String asked, String answered) {
        if (!asked.equals(answered)) {
            throw new IllegalArgumentException("it is about order " + answered + ", not " + asked);
        }
    }
}
