package org.arbiter.web.security;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arbiter.api.vocabulary.Role;
import org.arbiter.shared.Caller;
import org.arbiter.staff.StaffRoster;

/**
 * Tells the staff roster who signs in: a staff account once per node (again when its roles change), and a known
 * staff account that signs in without a staff role, which is then no longer staff. Everyone else costs a look-up in
 * memory. A failure to record is logged and tried again after a pause; the request goes on.
 */
@ApplicationScoped
public class StaffSignIns {

    private static final System.Logger LOG = System.getLogger(StaffSignIns.class.getName());
    private static final Duration RETRY_AFTER = Duration.ofMinutes(10);

    /** The roles each staff account was last recorded with on this node. */
    private final Map<String, Set<Role>> recorded = new ConcurrentHashMap<>();
    private final Map<String, Instant> failed = new ConcurrentHashMap<>();
    /** The accounts the roster knows, read once per node and kept up to date by this node's own writes. */
    private volatile Set<String> known;

    @Inject
    StaffRoster roster;

    void seen(Caller caller) {
        String user = caller.userId();
        if (user.length() > StaffRoster.MAX_USER_ID || recentlyFailed(user)) {
            return;
        }
        try {
            record(caller);
        } catch (RuntimeException e) {
            failed.put(user, Instant.now());
            LOG.log(Level.WARNING, "Could not record the sign-in of " + user + " in the staff roster; tried again in "
                    + RETRY_AFTER.toMinutes() + " min", e);
        }
    }

    private void record(Caller caller) {
        if (upToDate(caller)) {
            return;
        }
        // Rare (a first request per account and node): one at a time, so two requests of one account do not race.
        synchronized (this) {
            if (upToDate(caller)) {
                return;
            }
            String user = caller.userId();
            roster.signedIn(user, caller.roles());
            if (caller.isStaff()) {
                recorded.put(user, Set.copyOf(caller.roles()));
                known().add(user);
            } else {
                recorded.remove(user);
                known().remove(user);
            }
            failed.remove(user);
        }
    }

    private boolean upToDate(Caller caller) {
        return caller.isStaff() ? caller.roles().equals(recorded.get(caller.userId()))
                : !known().contains(caller.userId());
    }

    private boolean recentlyFailed(String user) {
        Instant at = failed.get(user);
        return at != null && at.plus(RETRY_AFTER).isAfter(Instant.now());
    }

    private Set<String> known() {
        Set<String> ids = known;
        if (ids == null) {
            synchronized (this) {
                if (known == null) {
                    Set<String> loaded = ConcurrentHashMap.newKeySet();
                    loaded.addAll(roster.userIds());
                    known = loaded;
                }
                ids = known;
            }
        }
        return ids;
    }
}
