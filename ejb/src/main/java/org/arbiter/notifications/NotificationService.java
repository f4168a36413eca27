package org.arbiter.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.arbiter.api.notifications.NotificationPage;
import org.arbiter.api.notifications.NotificationView;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.shared.Caller;
import org.arbiter.shared.InvalidRequestException;
import org.arbiter.shared.NotFoundException;

/**
 * The in-app inbox: what was sent to the caller, and to the teams their role belongs to (specialists are
 * the L1 team; supervisors stand for the L2 business team and are L3), newest first.
 */
@Stateless
public class NotificationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public NotificationPage inbox(Caller caller, Long before, int limit, boolean unreadOnly, String caseNumber) {
        if (limit < 1 || limit > 100) {
            throw new InvalidRequestException("limit", "must be a whole number from 1 to 100");
        }
        String jpql = "select n from Notification n where n.recipient in :addresses"
                + (before == null ? "" : " and n.id < :before")
                + (unreadOnly ? " and n.readAt is null" : "")
                + (caseNumber == null ? "" : " and n.caseNumber = :caseNumber")
                + " order by n.id desc";
        var query = em.createQuery(jpql, Notification.class)
                .setParameter("addresses", addresses(caller))
                .setMaxResults(limit + 1);
        if (before != null) {
            query.setParameter("before", before);
        }
        if (caseNumber != null) {
            query.setParameter("caseNumber", caseNumber);
        }
        List<Notification> found = query.getResultList();
        boolean more = found.size() > limit;
        List<Notification> page = more ? found.subList(0, limit) : found;
        List<NotificationView> views = new ArrayList<>(page.size());
        for (Notification n : page) {
            views.add(new NotificationView(n.getId(), n.getKind(), n.getCaseNumber(), n.getMessage(), n.getCreatedAt(),
                    n.getReadAt(), n.getRecipient().startsWith("team:") ? n.getRecipient().substring(5) : null));
        }
        return new NotificationPage(views, more ? String.valueOf(page.get(page.size() - 1).getId()) : null);
    }

    public void markRead(Caller caller, long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !addresses(caller).contains(notification.getRecipient())) {
            throw new NotFoundException("you have no notification " + id);
        }
        notification.markRead(clock.instant());
    }

    private static List<String> addresses(Caller caller) {
        List<String> addresses = new ArrayList<>(List.of(caller.userId()));
        if (caller.has(Role.SPECIALIST)) {
            addresses.add("team:L1");
        }
        if (caller.has(Role.SUPERVISOR)) {
            addresses.add("team:L2");
            addresses.add("team:L3");
        }
        return addresses;
    }
}
