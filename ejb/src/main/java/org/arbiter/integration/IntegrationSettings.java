package org.arbiter.integration;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arbiter.integration.http.MarketplaceClient;
import org.arbiter.integration.order.ReportedTimes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which adapters answer the order, payment and logistics ports ({@code arbiter.integration.mode}), and how the
 * HTTP adapters reach the marketplace ({@code arbiter.integration.http.*}), and which reported times are believed.
 */
@ApplicationScoped
public class IntegrationSettings {

    /** Where the ports' facts come from. */
    public enum Mode {
        /** The snapshots and logistics events the marketplace pushes to Arbiter (the default; the demo's). */
        SNAPSHOTS,
        /** The marketplace's REST API, asked on each use (docs/INTEGRATION.md). */
        HTTP;

        /** The configured value, in any case; anything else is a configuration error named as such. */
        public static Mode parse(String value) {
            String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
            for (Mode mode : values()) {
                if (mode.name().equals(wanted)) {
                    return mode;
                }
            }
            throw new IllegalStateException("arbiter.integration.mode is '" + value + "'; it must be snapshots or http");
        }
    }

    @Inject
    @ConfigProperty(name = "arbiter.integration.mode")
    String mode;

    @Inject
    @ConfigProperty(name = "arbiter.integration.http.base-url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "arbiter.integration.http.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "arbiter.integration.http.connect-timeout")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "arbiter.integration.http.read-timeout")
    Duration readTimeout;

    @Inject
    @ConfigProperty(name = "arbiter.integration.earliest-reported-time")
    Instant earliestReportedTime;

    @Inject
    @ConfigProperty(name = "arbiter.integration.max-clock-skew")
    Duration maxClockSkew;

    /** The times a report from the marketplace may carry. */
    public ReportedTimes reportedTimes() {
        return new ReportedTimes(earliestReportedTime, maxClockSkew);
    }

    public Mode mode() {
        return Mode.parse(mode);
    }

    /**
     * How the HTTP adapters reach the marketplace.
     *
     * @throws IllegalStateException naming the setting that is missing or wrong
     */
    public MarketplaceClient.Config http() {
        return config(baseUrl, token, connectTimeout, readTimeout);
    }

    static MarketplaceClient.Config config(Optional<String> baseUrl, Optional<String> token, Duration connectTimeout,
                                           Duration readTimeout) {
        String base = baseUrl.map(String::strip).filter(url -> !url.isEmpty()).orElseThrow(() ->
                new IllegalStateException("arbiter.integration.mode is http but arbiter.integration.http.base-url is "
                        + "not set"));
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("arbiter.integration.http.base-url is not a URL: " + base, e);
        }
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalStateException("arbiter.integration.http.base-url must be an http or https URL with a "
                    + "host: " + base);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalStateException("arbiter.integration.http.connect-timeout and read-timeout must be positive");
        }
        return new MarketplaceClient.Config(uri, token.map(String::strip).filter(t -> !t.isEmpty()), connectTimeout,
                readTimeout);
    }
}
