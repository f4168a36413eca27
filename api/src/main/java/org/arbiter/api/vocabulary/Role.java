package org.arbiter.api.vocabulary;

/** Who acts on the platform (DESIGN.md §1). Role names are also the security roles of the server. */
public enum Role {
    BUYER,
    SELLER,
    SPECIALIST,
    RISK_REVIEWER,
    SUPERVISOR,
    PLATFORM,
    /** Timers acting on their own; never a signed-in user. */
    SYSTEM;

    /** Staff work cases they are not party to. */
    public boolean isStaff() {
        return this == SPECIALIST || this == RISK_REVIEWER || this == SUPERVISOR;
    }

    /** Parties file complaints and answer them about their own orders. */
    public boolean isParty() {
        return this == BUYER || this == SELLER;
    }
}
