package org.arbiter.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.arbiter.api.notifications.NotificationPage;
import org.arbiter.api.notifications.NotificationView;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.cases.CaseNumber;
import org.arbiter.cases.Recipient;
import org.arbiter.shared.Caller;
import org.arbiter.shared.Digits;
import org.arbiter.shared.Fields;
import org.arbiter.shared.InvalidValueException;
import org.arbiter.shared.NotFoundException;
import org.arbiter.shared.PageLimit;

/**
 * The in-app inbox: what was sent to the caller, and to the teams their role belongs to (specialists are
 * the L1 team; supervisors stand for the L2 business team and are L3), newest first.
 */
@Stateless
public class NotificationService {

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;
    /** Notification ids stay far below this; anything above is not a cursor this server handed out. */
    private static final long MAX_CURSOR = Integer.MAX_VALUE * 1000L;

    /** The reader's own notices: addressed to them, and not a team's (whose address a user id might read like). */
    private static final String OWN = "(n.forTeam = false and n.recipient = :me)";
    /**
     * A team's notices leave out the cases the reader is a party to: a staff account takes part in its own dispute
     * as that party only (DisputeCase#standingOf), and what the team is told about it is the team's.
     */
    private static final String TEAMS_BUT_NOT_ABOUT_OWN_CASES = " or (n.forTeam = true and n.recipient in :teams"
            + " and n.caseId not in (select c.id from DisputeCase c where c.complainant.userId = :me"
            + " or c.respondent.userId = :me))";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * One page of the caller's inbox, newest first, from the request's fields as text (each wrong field is
     * named in the answer, as for the work queue).
     */
    public NotificationPage inbox(Caller caller, String cursorText, String limitText, String unreadText,
                                  String caseNumber) {
        Fields fields = new Fields();
        Long before = cursorText == null ? null : fields.parse("cursor", () -> cursor(cursorText));
        Integer limit = limitText == null ? Integer.valueOf(DEFAULT_PAGE_SIZE)
                : fields.parse("limit", () -> PageLimit.parse(limitText, MAX_PAGE_SIZE));
        if (unreadText != null && !unreadText.equals("true") && !unreadText.equals("false")) {
            fields.reject("unread", "must be true or false");
        }
        // As everywhere a case number is taken: read aloud, lower case or with O for 0, it is the same case.
        String aboutCase = caseNumber == null ? null : fields.parse("case", () -> CaseNumber.parse(caseNumber)
                .map(CaseNumber::value)
                .orElseThrow(() -> new InvalidValueException("must be a case number, such as AR-261130-Y2QHK1F")));
        fields.throwIfAny();
        boolean unreadOnly = "true".equals(unreadText);
        var query = readableBy(caller, (before == null ? "" : " and n.id < :before")
                + (unreadOnly ? " and n.readAt is null" : "")
                + (aboutCase == null ? "" : " and n.caseNumber = :caseNumber")
                + " order by n.id desc")
                .setMaxResults(limit + 1);
        if (before != null) {
            query.setParameter("before", before);
        }
        if (aboutCase != null) {
            query.setParameter("caseNumber", aboutCase);
        }
        List<Notification> found = query.getResultList();
        boolean more = found.size() > limit;
        List<Notification> page = more ? found.subList(0, limit) : found;
        List<NotificationView> views = new ArrayList<>(page.size());
        for (Notification n : page) {
            views.add(new NotificationView(n.getId(), n.getKind(), n.getCaseNumber(), n.getMessage(), n.getCreatedAt(),
                    n.getReadAt(), n.getTeam()));
        }
        return new NotificationPage(views, more ? String.valueOf(page.get(page.size() - 1).getId()) : null);
    }

    public void markRead(Caller caller, long id) {
        Notification notification = readableBy(caller, " and n.id = :id").setParameter("id", id)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("you have no notification " + id));
        notification.markRead(clock.instant());
    }

    /** The caller's notifications and their teams', but for team notices about the caller's own cases. */
    private TypedQuery<Notification> readableBy(Caller caller, String conditions) {
        List<String> teams = teamAddresses(caller);
        TypedQuery<Notification> query = em.createQuery("select n from Notification n where (" + OWN
                + (teams.isEmpty() ? "" : TEAMS_BUT_NOT_ABOUT_OWN_CASES) + ")" + conditions, Notification.class)
                .setParameter("me", caller.userId());
        return teams.isEmpty() ? query : query.setParameter("teams", teams);
    }

    /** A cursor is the id of the last notification of the previous page. */
    private static long cursor(String text) {
        try {
            long id = Digits.parseLong(text);
            if (id >= 0 && id <= MAX_CURSOR) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidValueException("is not a cursor");
    }

    private static List<String> teamAddresses(Caller caller) {
        List<String> addresses = new ArrayList<>();
        if (caller.has(Role.SPECIALIST)) {
            addresses.add(Recipient.level(1).address());
        }
        if (caller.has(Role.SUPERVISOR)) {
            addresses.add(Recipient.level(2).address());
            addresses.add(Recipient.level(3).address());
        }
        return addresses;
    }
}
