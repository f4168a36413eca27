package org.arbiter.api.notifications;

import java.time.Instant;

import org.arbiter.api.vocabulary.NoticeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One notification.
 *
 * @param team for a notification to a team the caller belongs to (L1, L2, L3); absent when it is personal
 */
@Schema(name = "Notification")
public record NotificationView(long id, NoticeKind kind, String caseNumber, String message, Instant createdAt,
                               Instant readAt, String team) {
}
