package org.arbiter.web.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import org.arbiter.api.notifications.NotificationPage;
import org.arbiter.api.notifications.NotificationsApi;
import org.arbiter.notifications.NotificationService;
import org.arbiter.shared.Caller;
import org.arbiter.shared.Fields;
import org.arbiter.shared.InvalidValueException;
import org.arbiter.shared.NotFoundException;

@Path(NotificationsApi.PATH)
@RequestScoped
public class NotificationsResource implements NotificationsApi {

    @Inject
    Caller caller;

    @Inject
    NotificationService notifications;

    @Override
    public NotificationPage inbox(String cursor, String limit, String unread, String caseNumber) {
        Fields fields = new Fields();
        Long before = cursor == null ? null : fields.parse("cursor", () -> number(cursor, "is not a cursor"));
        Long size = limit == null ? Long.valueOf(20) : fields.parse("limit", () -> number(limit, "must be a whole number"));
        boolean unreadOnly = false;
        if (unread != null) {
            if (!unread.equals("true") && !unread.equals("false")) {
                fields.reject("unread", "must be true or false");
            }
            unreadOnly = unread.equals("true");
        }
        fields.throwIfAny();
        return notifications.inbox(caller, before, (int) Math.min(size, Integer.MAX_VALUE), unreadOnly, caseNumber);
    }

    @Override
    public void markRead(String id) {
        try {
            notifications.markRead(caller, Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new NotFoundException("you have no notification " + id);
        }
    }

    private static long number(String text, String problem) {
        try {
            long value = Long.parseLong(text);
            if (value >= 0 && value <= Integer.MAX_VALUE * 1000L) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidValueException(problem);
    }
}
