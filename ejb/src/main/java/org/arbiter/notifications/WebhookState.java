package org.arbiter.notifications;

/** Where a notification stands with the webhook channel. */
public enum WebhookState {
    /** No webhook is configured. */
    NONE,
    /** To be delivered when its next attempt is due. */
    PENDING,
    /** A sender took it and is delivering it; if the sender dies, it is due again when the lease ends. */
    SENDING,
    DELIVERED,
    /** Given up after the configured number of attempts. */
    FAILED
}
