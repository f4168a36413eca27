package org.arbiter.notifications;

import java.time.Instant;

import org.arbiter.api.vocabulary.NoticeKind;

/** A notification on its way to the webhook: what the receiver gets. */
public record WebhookDelivery(long id, String recipient, NoticeKind kind, String caseNumber, String message,
                              Instant createdAt) {

    static WebhookDelivery of(Notification notification) {
        return new WebhookDelivery(notification.getId(), notification.getRecipient(), notification.getKind(),
                notification.getCaseNumber(), notification.getMessage(), notification.getCreatedAt());
    }
}
