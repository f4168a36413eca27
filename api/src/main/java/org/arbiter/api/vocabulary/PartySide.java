package org.arbiter.api.vocabulary;

/** Which side of the order a party is on. */
public enum PartySide {
    BUYER,
    SELLER;

    public PartySide other() {
        return this == BUYER ? SELLER : BUYER;
    }
}
