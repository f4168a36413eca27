package org.arbiter.staff;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.arbiter.api.vocabulary.Role;

/** A staff account and the staff roles it was last known to have. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    /** The roles that make an account staff. */
    static final Set<Role> STAFF_ROLES = Arrays.stream(Role.values()).filter(Role::isStaff)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

    /** The roles whose holders are given cases to work. */
    static final Set<Role> CASE_WORKERS = EnumSet.of(Role.SPECIALIST, Role.SUPERVISOR);

    @Id
    @Column(name = "user_id", length = 64)
    private String userId;

    @Column(name = "roles", nullable = false, length = 200)
    private String roles;

    /** Where Arbiter knows the account from. */
    public enum Source {
        /** Listed in {@code arbiter.staff.accounts} and not signed in since. */
        LISTED,
        /** Signed in with a staff role (or found in the audit trail of earlier versions). */
        SIGNED_IN
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 16)
    private Source source;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    protected StaffAccount() {
        // for JPA
    }

    StaffAccount(String userId, Set<Role> roles, Source source) {
        this.userId = Objects.requireNonNull(userId);
        this.roles = join(roles);
        this.source = Objects.requireNonNull(source);
    }

    /** The staff roles among these, or none. */
    static Set<Role> staffRolesOf(Set<Role> roles) {
        EnumSet<Role> staff = EnumSet.noneOf(Role.class);
        roles.stream().filter(Role::isStaff).forEach(staff::add);
        return staff;
    }

    /** Whether cases may be assigned to this account. */
    public boolean mayWorkCases() {
        return getRoles().stream().anyMatch(CASE_WORKERS::contains);
    }

    /** The account signed in with these staff roles: they replace what was known. */
    void signedInWith(Set<Role> staffRoles, Instant now) {
        this.roles = join(staffRoles);
        this.source = Source.SIGNED_IN;
        this.lastSeenAt = now;
    }

    public Source getSource() {
        return source;
    }

    public String getUserId() {
        return userId;
    }

    public Set<Role> getRoles() {
        EnumSet<Role> parsed = EnumSet.noneOf(Role.class);
        if (!roles.isEmpty()) {
            Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(parsed::add);
        }
        return parsed;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    /** The staff roles among these, in the enum's order, joined by commas. */
    private static String join(Set<Role> roles) {
        Set<Role> staff = staffRolesOf(roles);
        if (staff.isEmpty()) {
            throw new IllegalArgumentException("a staff account has a staff role: " + roles);
        }
        return staff.stream().map(Role::name).collect(Collectors.joining(","));
    }
}
