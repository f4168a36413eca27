package org.arbiter.web.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import org.arbiter.api.notifications.NotificationPage;
import org.arbiter.api.notifications.NotificationsApi;
import org.arbiter.notifications.NotificationService;
import org.arbiter.shared.Caller;
import org.arbiter.shared.Digits;
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
        return notifications.inbox(caller, cursor, limit, unread, caseNumber);
    }

    @Override
    public void markRead(String id) {
        try {
            notifications.markRead(caller, Digits.parseLong(id));
        } catch (NumberFormatException e) {
            throw new NotFoundException("you have no notification " + id);
        }
    }
}
