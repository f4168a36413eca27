package org.arbiter.staff;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.arbiter.api.vocabulary.Role;
import org.arbiter.shared.Text;

/**
 * The staff accounts listed in {@code arbiter.staff.accounts}: {@code user:ROLE} entries separated by commas, several
 * roles joined by {@code +} ({@code specialist1:SPECIALIST, lead1:SUPERVISOR+SPECIALIST}). The demo lists its
 * accounts; production may list its team, or rely on sign-ins alone. A malformed entry stops the deployment with
 * the setting's name and the entry, rather than leave the team unassignable without a word.
 */
public record ListedStaff(Map<String, Set<Role>> accounts) {

    static final String SETTING = "arbiter.staff.accounts";

    public ListedStaff {
        accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
    }

    /** @throws IllegalStateException naming the setting and the entry that is wrong */
    public static ListedStaff parse(String setting) {
        Map<String, Set<Role>> accounts = new LinkedHashMap<>();
        if (setting == null || setting.isBlank()) {
            return new ListedStaff(accounts);
        }
        for (String entry : setting.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            // The roles follow the last colon: user ids may hold colons (Keycloak's "f:<uuid>:name") and pipes.
            int colon = trimmed.lastIndexOf(':');
            if (colon <= 0 || colon == trimmed.length() - 1) {
                throw wrong(trimmed, "write user:ROLE");
            }
            String user = trimmed.substring(0, colon).strip();
            if (user.isEmpty() || user.length() > StaffRoster.MAX_USER_ID || user.chars().anyMatch(Character::isWhitespace)
                    || Text.problemWith(user) != null) {
                throw wrong(trimmed, "a user id is 1 to " + StaffRoster.MAX_USER_ID + " characters without spaces");
            }
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            for (String name : trimmed.substring(colon + 1).split("\\+")) {
                Role role;
                try {
                    role = Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    throw wrong(trimmed, "'" + name.strip() + "' is not a role");
                }
                if (!StaffAccount.STAFF_ROLES.contains(role)) {
                    throw wrong(trimmed, role + " is not a staff role (" + StaffAccount.STAFF_ROLES + ")");
                }
                roles.add(role);
            }
            if (accounts.put(user, roles) != null) {
                throw wrong(trimmed, user + " is listed twice");
            }
        }
        return new ListedStaff(accounts);
    }

    private static IllegalStateException wrong(String entry, String why) {
        return new IllegalStateException(SETTING + ": '" + entry + "': " + why);
    }
}
