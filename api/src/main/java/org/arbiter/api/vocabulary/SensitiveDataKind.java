package org.arbiter.api.vocabulary;

/** Personal data that is masked on intake and never stored. */
public enum SensitiveDataKind {
    /** A Chinese resident identity card number (18 characters with a check digit). */
    RESIDENT_ID,
    /** A payment card number (13 to 19 digits passing the Luhn check). */
    BANK_CARD
}
