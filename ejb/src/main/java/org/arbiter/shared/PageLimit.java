package org.arbiter.shared;

/** The page size a client asked for, as text, within what the server allows. */
public final class PageLimit {

    private PageLimit() {
    }

    /** @throws InvalidValueException when the text is not a whole number from 1 to {@code max} */
    public static int parse(String text, int max) {
        try {
            int limit = Digits.parseInt(text.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidValueException("must be a whole number from 1 to " + max);
    }
}
