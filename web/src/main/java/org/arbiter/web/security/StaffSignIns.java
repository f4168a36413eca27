package org.arbiter.web.security;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arbiter.api.vocabulary.Role;
import org.arbiter.shared.Caller;
import org.arbiter.staff.StaffRoster;

/**
 * Tells the staff roster who signs in with a staff role, once per account and node (again when the roles change),
 * so that the roster knows who may be given cases. A failure to record is logged; the request goes on.
 */
@ApplicationScoped
public class StaffSignIns {

    private static final System.Logger LOG = System.getLogger(StaffSignIns.class.getName());

    private final Map<String, Set<Role>> recorded = new ConcurrentHashMap<>();

    @Inject
    StaffRoster roster;

    void seen(Caller caller) {
        if (!caller.isStaff() || caller.roles().equals(recorded.get(caller.userId()))) {
            return;
        }
        // Rare (a first request per account and node): one at a time, so two requests of one account do not race.
        synchronized (this) {
            if (caller.roles().equals(recorded.get(caller.userId()))) {
                return;
            }
            try {
                roster.signedIn(caller.userId(), caller.roles());
                recorded.put(caller.userId(), Set.copyOf(caller.roles()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record the sign-in of staff account " + caller.userId()
                        + "; tried again on its next request", e);
            }
        }
    }
}
