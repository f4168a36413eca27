package org.arbiter.notifications;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The webhook channel's settings; without a URL the channel is off and only the inbox is written. */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    @ConfigProperty(name = "arbiter.notifications.webhook.url")
    Optional<String> webhookUrl;

    @Inject
    @ConfigProperty(name = "arbiter.notifications.webhook.secret")
    Optional<String> webhookSecret;

    @Inject
    @ConfigProperty(name = "arbiter.notifications.webhook.interval")
    Duration interval;

    @Inject
    @ConfigProperty(name = "arbiter.notifications.webhook.max-attempts")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "arbiter.notifications.webhook.backoff")
    Duration backoff;

    @Inject
    @ConfigProperty(name = "arbiter.notifications.webhook.timeout")
    Duration timeout;

    /** Shorter secrets are refused: the signature is what receivers trust. */
    public static final int MIN_SECRET_LENGTH = 16;

    /** The webhook runs when a URL and a secret long enough to sign with are set. */
    public boolean webhookEnabled() {
        return webhookConfigured() && webhookSecretUsable();
    }

    /** A URL is set, whether or not the webhook can run with it. */
    public boolean webhookConfigured() {
        return webhookUrl.filter(url -> !url.isBlank()).isPresent();
    }

    private boolean webhookSecretUsable() {
        return webhookSecret.filter(secret -> secret.strip().length() >= MIN_SECRET_LENGTH).isPresent();
    }

    public String webhookUrl() {
        return webhookUrl.orElseThrow();
    }

    /** The key every delivery is signed with. */
    public String webhookSecret() {
        return webhookSecret.orElseThrow();
    }

    public Duration interval() {
        return interval;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration backoff() {
        return backoff;
    }

    public Duration timeout() {
        return timeout;
    }
}
