package org.arbiter.staff;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.arbiter.api.vocabulary.Role;

/**
 * The staff accounts Arbiter knows. An account is known once it signs in with a staff role, or when
 * {@code arbiter.staff.accounts} lists it; it keeps the staff roles it last signed in with. An account the identity
 * provider removes cannot sign in any more but stays listed here with its last roles.
 */
@Stateless
public class StaffRoster {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether cases may be assigned to this user: a known specialist or supervisor. */
    public boolean mayWorkCases(String userId) {
        return userId != null && userId.length() <= 64
                && Optional.ofNullable(em.find(StaffAccount.class, userId)).filter(StaffAccount::mayWorkCases).isPresent();
    }

    public Optional<StaffAccount> find(String userId) {
        return Optional.ofNullable(em.find(StaffAccount.class, userId));
    }

    /**
     * Records that a staff account signed in with these roles (non-staff roles are ignored). A transaction of its
     * own: the caller's request neither waits on it nor fails with it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signedIn(String userId, Set<Role> roles) {
        Set<Role> staffRoles = StaffAccount.staffRolesOf(roles);
        if (staffRoles.isEmpty()) {
            return;
        }
        StaffAccount account = em.find(StaffAccount.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            account = new StaffAccount(userId, staffRoles);
            em.persist(account);
        }
        account.signedInWith(staffRoles, clock.instant());
    }

    /** Adds the listed accounts that are not known yet; what sign-ins have recorded is left as it is. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int list(ListedStaff listed) {
        int added = 0;
        for (var entry : listed.accounts().entrySet()) {
            if (em.find(StaffAccount.class, entry.getKey(), LockModeType.PESSIMISTIC_WRITE) == null) {
                em.persist(new StaffAccount(entry.getKey(), entry.getValue()));
                added++;
            }
        }
        return added;
    }
}
