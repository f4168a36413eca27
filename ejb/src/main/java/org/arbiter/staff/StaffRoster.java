package org.arbiter.staff;

import java.time.Clock;
import java.util.List;
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
 * The staff accounts Arbiter knows: those that signed in with a staff role (with the staff roles they last signed in
 * with), and those {@code arbiter.staff.accounts} lists. An account that signs in without a staff role is no longer
 * staff; one the identity provider removes cannot sign in any more and keeps its last roles here.
 */
@Stateless
public class StaffRoster {

    /** The longest user id the table holds. */
    public static final int MAX_USER_ID = 64;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether cases may be assigned to this user: a known specialist or supervisor. */
    public boolean mayWorkCases(String userId) {
        return find(userId).filter(StaffAccount::mayWorkCases).isPresent();
    }

    public Optional<StaffAccount> find(String userId) {
        return userId == null || userId.length() > MAX_USER_ID ? Optional.empty()
                : Optional.ofNullable(em.find(StaffAccount.class, userId));
    }

    /** Every known account's id: few, staff only. */
    public List<String> userIds() {
        return em.createQuery("select s.userId from StaffAccount s", String.class).getResultList();
    }

    /**
     * Records that an account signed in with these roles: with staff roles it is known with them, without any it is
     * not staff (any more). A transaction of its own: the caller's request neither waits on it nor fails with it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signedIn(String userId, Set<Role> roles) {
        if (userId.length() > MAX_USER_ID) {
            return;
        }
        Set<Role> staffRoles = StaffAccount.staffRolesOf(roles);
        StaffAccount account = em.find(StaffAccount.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (staffRoles.isEmpty()) {
            if (account != null) {
                em.remove(account);
            }
            return;
        }
        if (account == null) {
            account = new StaffAccount(userId, staffRoles, StaffAccount.Source.SIGNED_IN);
            em.persist(account);
        }
        account.signedInWith(staffRoles, clock.instant());
    }

    /**
     * Makes the listing current: listed accounts not known yet are added, accounts known only from an earlier listing
     * and listed no more are forgotten; what sign-ins recorded is left as it is.
     *
     * @return how many accounts were added and forgotten
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int[] list(ListedStaff listed) {
        int added = 0;
        for (var entry : listed.accounts().entrySet()) {
            if (em.find(StaffAccount.class, entry.getKey(), LockModeType.PESSIMISTIC_WRITE) == null) {
                em.persist(new StaffAccount(entry.getKey(), entry.getValue(), StaffAccount.Source.LISTED));
                added++;
            }
        }
        int forgotten = 0;
        for (StaffAccount account : em.createQuery("select s from StaffAccount s where s.source = :listed",
                StaffAccount.class).setParameter("listed", StaffAccount.Source.LISTED).getResultList()) {
            if (!listed.accounts().containsKey(account.getUserId())) {
                em.remove(account);
                forgotten++;
            }
        }
        return new int[] {added, forgotten};
    }
}
