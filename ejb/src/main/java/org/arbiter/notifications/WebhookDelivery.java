package org.arbiter.notifications;

import java.time.Instant;

import org.arbiter.api.vocabulary.NoticeKind;

/**
 * A notification on its way to the webhook: what the receiver gets. {@code team} names the team (L1, L2, L3) of a
 * team notice, whose {@code recipient} is then the team's address; it is {@code null} for a user's notice.
 */
public record WebhookDelivery(long id, String recipient, String team, NoticeKind kind, String caseNumber,
                              String message, Instant createdAt) {

    static WebhookDelivery of(Notification notification) {
        return new WebhookDelivery(notification.getId(), notification.getRecipient(), notification.getTeam(),
                notification.getKind(), notification.getCaseNumber(), notification.getMessage(),
                notification.getCreatedAt());
    }
}
