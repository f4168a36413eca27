package org.arbiter.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A small HTTP client for the API as a given demo account (or with a bearer token, on the production
 * server), over real HTTP: what a client of the platform would send, JSON in and out.
 */
final class Api {

    static final String PASSWORD = "demo";
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    /** The Authorization header sent with every request, or null for none. */
    private final String authorization;

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Api as(String user) {
        return new Api(baseUrl(), basic(user, PASSWORD));
    }

    /** A demo account on another server: the second test server of the clock tests. */
    static Api at(String base, String user) {
        return new Api(base, basic(user, PASSWORD));
    }

    static Api anonymous() {
        return new Api(baseUrl(), null);
    }

    /** No credentials, on another server. */
    static Api anonymousAt(String base) {
        return new Api(base, null);
    }

    static Api withPassword(String user, String password) {
        return new Api(baseUrl(), basic(user, password));
    }

    /** Signed in with a bearer token (the production server's sign-in). */
    static Api bearer(String base, String token) {
        return new Api(base, "Bearer " + token);
    }

    /** Exactly this Authorization header: for malformed credentials. */
    static Api authorization(String base, String header) {
        return new Api(base, header);
    }

    static String baseUrl() {
        return System.getProperty("arbiter.it.base-url", "http://localhost:8180");
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET with these headers instead of the defaults (Accept, for one). */
    Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).GET();
        headers.forEach(builder::setHeader);
        return send(builder);
    }

    Reply post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(body(body)));
    }

    Reply post(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json").POST(body(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    /** With headers that may repeat: a header given twice is sent twice. */
    Reply post(String path, Object body, List<Map.Entry<String, String>> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json").POST(body(body));
        headers.forEach(header -> builder.header(header.getKey(), header.getValue()));
        return send(builder);
    }

    Reply put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(body)));
    }

    /** A JSON write (POST, PUT) with these headers besides the defaults: an Idempotency-Key, for one. */
    Reply write(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json").method(method, body(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    /** Uploads a file as the raw request body, with these headers besides the defaults. */
    Reply upload(String path, byte[] file, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file));
        headers.forEach(builder::header);
        return send(builder);
    }

    /** Sends exactly these bytes with this content type: for malformed and oversized bodies. */
    Reply raw(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** Uploads a file as the raw request body, with its length declared. */
    Reply upload(String path, byte[] file) {
        return send(request(path).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    /** Uploads a file as a chunked body: no length is declared, the server finds out as it reads. */
    Reply uploadChunked(String path, byte[] file) {
        return send(request(path).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(file))));
    }

    /** A request whose answer is bytes (downloads, exports). */
    BinaryReply bytes(String method, String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path).setHeader("Accept", "*/*")
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryReply(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .setHeader("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        try {
            byte[] bytes = body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
            return HttpRequest.BodyPublishers.ofByteArray(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A unique id for test data, so that tests never depend on each other or on what an earlier run left. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A JSON object built in place: {@code object("a", 1, "b", "x")}. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** An HTTP answer of bytes. */
    record BinaryReply(HttpResponse<byte[]> response) {

        int status() {
            return response.statusCode();
        }

        byte[] body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status() + " " + new String(body(), StandardCharsets.UTF_8);
        }
    }

    /** An HTTP answer. */
    record Reply(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status() + "): " + response.body(), e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
