package org.arbiter.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The webhook only runs when its deliveries can be signed; the signature is reproducible by a receiver. */
class WebhookConfigurationTest {

    private static NotificationSettings settings(String url, String secret) {
        NotificationSettings settings = new NotificationSettings();
        settings.webhookUrl = Optional.ofNullable(url);
        settings.webhookSecret = Optional.ofNullable(secret);
        return settings;
    }

    @Test
    void noUrlNoWebhook() {
        assertThat(settings(null, "a-secret-long-enough").webhookEnabled()).isFalse();
        assertThat(settings(" ", "a-secret-long-enough").webhookEnabled()).isFalse();
    }

    @Test
    void aUrlWithoutAUsableSecretDoesNotSendUnsignedDeliveries() {
        NotificationSettings unsigned = settings("https://hooks.example/arbiter", null);
        assertThat(unsigned.webhookConfigured()).isTrue();
        assertThat(unsigned.webhookEnabled()).isFalse();
        assertThat(settings("https://hooks.example/arbiter", "short").webhookEnabled()).isFalse();
        assertThat(settings("https://hooks.example/arbiter", "a-secret-long-enough").webhookEnabled()).isTrue();
    }

    @Test
    void theSignatureIsHexHmacSha256OfTimestampDotBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(WebhookClient.sign("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
