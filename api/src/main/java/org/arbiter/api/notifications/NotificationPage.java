package org.arbiter.api.notifications;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Newest first; pass nextCursor as cursor for older ones. */
@Schema(name = "NotificationPage")
public record NotificationPage(List<NotificationView> items, String nextCursor) {
}
