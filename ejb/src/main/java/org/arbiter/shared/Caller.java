package org.arbiter.shared;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.arbiter.api.vocabulary.PartySide;
import org.arbiter.api.vocabulary.Role;

/**
 * Who is acting: a signed-in user with the roles the security realm gave them, or the system itself.
 * Built on the server from the authenticated identity, never from anything the client sends.
 */
public record Caller(String userId, Set<Role> roles) {

    private static final Caller SYSTEM = new Caller("system", EnumSet.of(Role.SYSTEM));

    public Caller {
        Objects.requireNonNull(userId, "userId");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller of(String userId, Role... roles) {
        return new Caller(userId, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    /** Timers and other work the platform does on its own; named as such in every audit entry. */
    public static Caller system() {
        return SYSTEM;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public boolean isParty() {
        return roles.stream().anyMatch(Role::isParty);
    }

    /**
     * The same user as a party on one side of a dispute, with that side's role only (an order's seller need not
     * hold {@code SELLER} to be answering a complaint about it, and no other role of the account counts there).
     */
    public Caller asPartyOn(PartySide side) {
        return of(userId, side == PartySide.BUYER ? Role.BUYER : Role.SELLER);
    }

    /** The role shown in the audit trail: the most senior one the caller holds. */
    public Role actingRole() {
        for (Role candidate : new Role[] {Role.SYSTEM, Role.SUPERVISOR, Role.RISK_REVIEWER, Role.SPECIALIST,
                Role.PLATFORM, Role.SELLER, Role.BUYER}) {
            if (roles.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(userId + " has no role");
    }
}
