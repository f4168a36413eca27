package org.arbiter.api;

/** Regular expressions shared by the request records, so every endpoint spells a value the same way. */
public final class ApiFormats {

    /** A non-negative decimal with at most 12 integer and 4 fraction digits; the currency decides the scale. */
    public static final String DECIMAL = "^(0|[1-9][0-9]{0,11})(\\.[0-9]{1,4})?$";

    /** An ISO-4217 alphabetic currency code. */
    public static final String CURRENCY = "^[A-Z]{3}$";

    /** Identifiers that come from the marketplace: order ids, user ids, SKUs, tracking numbers. */
    public static final String EXTERNAL_ID = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

    /** A BCP-47 primary language subtag such as {@code zh} or {@code en}. */
    public static final String LANGUAGE = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    private ApiFormats() {
    }
}
