package org.arbiter.integration.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;

import org.arbiter.integration.IntegrationFailureException;
import org.arbiter.integration.IntegrationFailureException.Failure;
import org.arbiter.shared.Json;

/**
 * Reads the marketplace's REST API (docs/INTEGRATION.md) with the JDK's HttpClient: {@code GET} with
 * {@code Accept: application/json} and, when a token is configured, {@code Authorization: Bearer}. A 404 is "the
 * marketplace knows nothing of it"; every other failure is an {@link IntegrationFailureException}: no answer
 * within the connect or read timeout (the read timeout bounds the whole exchange, body included), no connection,
 * an error status, or a body that is not the JSON the contract describes (fields it does not know are ignored;
 * a body over {@value #MAX_ANSWER_BYTES} bytes is refused).
 */
public final class MarketplaceClient {

    /** Where the marketplace is, the token Arbiter presents, and how long it waits. */
    public record Config(URI baseUrl, Optional<String> token, Duration connectTimeout, Duration readTimeout) {

        public Config {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(readTimeout, "readTimeout");
        }

        @Override
        public String toString() {
            return "Config[baseUrl=" + baseUrl + ", token=" + (token.isPresent() ? "(set)" : "(none)")
                    + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
        }
    }

    /** The largest answer read: the contract's answers are a few kilobytes. */
    static final int MAX_ANSWER_BYTES = 1 << 20;

    private final Config config;
    private final String base;
    private final HttpClient http;

    public MarketplaceClient(Config config) {
        this.config = config;
        String url = config.baseUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * {@code GET} a resource of the marketplace.
     *
     * @param what a few words for messages: "order O-1001"
     * @param path below the base URL, its variable segments already {@link #segment encoded}
     * @return the answer, or empty on 404
     * @throws IntegrationFailureException on anything but a usable 2xx or a 404
     */
    public <T> Optional<T> get(String what, String path, Class<T> type) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(config.readTimeout())
                .header("Accept", "application/json")
                .GET();
        config.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<byte[]> response = send(what, request.build());
        int status = response.statusCode();
        if (status == 404) {
            return Optional.empty();
        }
        if (status == 503) {
            throw new IntegrationFailureException(Failure.UNAVAILABLE, "the marketplace is unavailable (503) for " + what);
        }
        if (status / 100 != 2) {
            throw new IntegrationFailureException(Failure.BAD_ANSWER, "the marketplace answered " + status + " for "
                    + what + (status == 401 || status == 403 ? "; check arbiter.integration.http.token" : ""));
        }
        return Optional.of(parse(what, response.body(), type));
    }

    /**
     * Turns an answer into facts; a value the facts refuse (a missing field, a malformed amount) is a bad answer.
     */
    public static <T> T decode(String what, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (NullPointerException e) {
            throw new IntegrationFailureException(Failure.BAD_ANSWER, "the marketplace's answer for " + what
                    + " is incomplete: " + e.getMessage() + " is missing");
        } catch (RuntimeException e) {
            throw new IntegrationFailureException(Failure.BAD_ANSWER, "the marketplace's answer for " + what
                    + " is wrong: " + e.getMessage());
        }
    }

    /** A field the contract requires. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    /** An identifier as one path segment: everything but RFC 3986's unreserved characters percent-encoded. */
    public static String segment(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return encoded.toString();
    }

    private HttpResponse<byte[]> send(String what, HttpRequest request) {
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request, info -> limited(MAX_ANSWER_BYTES));
        try {
            return exchange.get(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timeout(what);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new IntegrationFailureException(Failure.UNAVAILABLE, "interrupted while asking the marketplace for "
                    + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpConnectTimeoutException) {
                throw new IntegrationFailureException(Failure.TIMEOUT, "the marketplace did not accept a connection within "
                        + config.connectTimeout() + " for " + what);
            }
            if (cause instanceof HttpTimeoutException) {
                throw timeout(what);
            }
            if (cause instanceof AnswerTooLargeException) {
                throw new IntegrationFailureException(Failure.BAD_ANSWER, "the marketplace's answer for " + what
                        + " is larger than " + MAX_ANSWER_BYTES + " bytes");
            }
            throw new IntegrationFailureException(Failure.UNAVAILABLE, "the marketplace cannot be reached for " + what
                    + ": " + (cause == null ? e : cause).getClass().getSimpleName());
        }
    }

    private IntegrationFailureException timeout(String what) {
        return new IntegrationFailureException(Failure.TIMEOUT, "the marketplace did not answer within "
                + config.readTimeout() + " for " + what);
    }

    private static <T> T parse(String what, byte[] body, Class<T> type) {
        ObjectReader reader = Json.mapper().readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        T answer;
        try {
            answer = reader.readValue(body);
        } catch (JacksonException e) {
            throw new IntegrationFailureException(Failure.BAD_ANSWER, "the marketplace's answer for " + what
                    + " is not the JSON Arbiter expects: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IntegrationFailureException(Failure.BAD_ANSWER, "the marketplace's answer for " + what
                    + " could not be read: " + e.getMessage());
        }
        if (answer == null) {
            throw new IntegrationFailureException(Failure.BAD_ANSWER, "the marketplace's answer for " + what + " is empty");
        }
        return answer;
    }

    /** The answer's bytes, refused once there are more than {@code max}. */
    private static HttpResponse.BodySubscriber<byte[]> limited(int max) {
        HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
        return new HttpResponse.BodySubscriber<>() {
            private long seen;
            private boolean refused;
            private Flow.Subscription subscription;

            @Override
            public CompletionStage<byte[]> getBody() {
                return bytes.getBody();
            }

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                this.subscription = subscription;
                bytes.onSubscribe(subscription);
            }

            @Override
            public void onNext(List<ByteBuffer> item) {
                if (refused) {
                    return;
                }
                for (ByteBuffer buffer : item) {
                    seen += buffer.remaining();
                }
                if (seen > max) {
                    refused = true;
                    subscription.cancel();
                    bytes.onError(new AnswerTooLargeException());
                    return;
                }
                bytes.onNext(item);
            }

            @Override
            public void onError(Throwable throwable) {
                if (!refused) {
                    bytes.onError(throwable);
                }
            }

            @Override
            public void onComplete() {
                if (!refused) {
                    bytes.onComplete();
                }
            }
        };
    }

    /** The answer went over {@link #MAX_ANSWER_BYTES}. */
    private static final class AnswerTooLargeException extends IOException {

        AnswerTooLargeException() {
            super("answer too large");
        }
    }
}
