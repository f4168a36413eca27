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

    public boolean webhookEnabled() {
        return webhookUrl.filter(url -> !url.isBlank()).isPresent();
    }

    public String webhookUrl() {
        return webhookUrl.orElseThrow();
    }

    /** Deliveries are signed when a secret is set. */
    public Optional<String> webhookSecret() {
        return webhookSecret.filter(secret -> !secret.isBlank());
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
