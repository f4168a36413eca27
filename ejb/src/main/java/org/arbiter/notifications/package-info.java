/**
 * Notifications: who must be told what about a case. Each notice a case raises is stored in the transaction
 * that raised it, as the recipient's inbox entry (the built-in channel, {@code GET /api/v1/notifications})
 * and as the outbox entry of the webhook channel, which {@link org.arbiter.notifications.WebhookSender}
 * delivers, signed, and retries with back-off until it is acknowledged.
 */
package org.arbiter.notifications;
