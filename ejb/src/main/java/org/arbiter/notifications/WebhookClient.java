package org.arbiter.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arbiter.shared.Json;

/**
 * Posts a notification to the configured webhook as JSON. The receiver can check it came from Arbiter and
 * was not replayed: {@code X-Arbiter-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>}
 * with {@code X-Arbiter-Timestamp} in epoch seconds; {@code X-Arbiter-Delivery} is the notification's id,
 * the same on every retry, so the receiver can drop duplicates.
 */
@ApplicationScoped
public class WebhookClient {

    @Inject
    NotificationSettings settings;

    @Inject
    Clock clock;

    private HttpClient http;

    @PostConstruct
    void connect() {
        // Without a connect timeout an unreachable receiver holds the sender for the system's TCP timeout (minutes).
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout()).build();
    }

    /** @return empty when the receiver acknowledged (2xx), else why the attempt failed */
    public Optional<String> deliver(WebhookDelivery delivery) {
        try {
            String body = Json.mapper().writeValueAsString(delivery);
            String timestamp = String.valueOf(clock.instant().getEpochSecond());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.webhookUrl()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("X-Arbiter-Delivery", String.valueOf(delivery.id()))
                    .header("X-Arbiter-Timestamp", timestamp)
                    .header("X-Arbiter-Signature", "sha256=" + sign(settings.webhookSecret(), timestamp + "." + body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            // The request's timeout ends at the answer's headers; a receiver that stalls its body is cut off here, so
            // that an attempt never outlasts the lease the sender holds (twice the timeout an attempt).
            CompletableFuture<HttpResponse<Void>> exchange =
                    http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> response;
            try {
                response = exchange.get(settings.timeout().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                exchange.cancel(true);
                return Optional.of("no whole answer within " + settings.timeout().multipliedBy(2));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                return Optional.of(cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
            return response.statusCode() / 100 == 2 ? Optional.empty()
                    : Optional.of("the receiver answered " + response.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** Hex HMAC-SHA256 of the text with the secret. */
    public static String sign(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
