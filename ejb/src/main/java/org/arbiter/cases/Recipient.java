package org.arbiter.cases;

import java.util.Objects;

/**
 * Who a notice is for: one user, or a team that whoever holds its role reads (L1 specialists, L2 business
 * team, L3 supervisors).
 */
public record Recipient(String userId, String team) {

    public Recipient {
        if ((userId == null) == (team == null)) {
            throw new IllegalArgumentException("a recipient is a user or a team");
        }
    }

    public static Recipient user(String userId) {
        return new Recipient(Objects.requireNonNull(userId), null);
    }

    /** The team that works a case at an escalation level: L1, L2 or L3. */
    public static Recipient level(int escalationLevel) {
        return new Recipient(null, "L" + escalationLevel);
    }

    private static final String TEAM = "team:";

    /** How the recipient is stored: the user id, or {@code team:L2}. */
    public String address() {
        return userId != null ? userId : TEAM + team;
    }

    /** The recipient an {@link #address()} stands for. */
    public static Recipient fromAddress(String address) {
        return address.startsWith(TEAM) ? new Recipient(null, address.substring(TEAM.length())) : user(address);
    }
}
