package org.arbiter.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.arbiter.notifications.WebhookClient;

/**
 * A webhook endpoint in the test JVM: checks each delivery's signature and refuses the first attempt of every
 * delivery (503), so that every notification it accepts arrived by a retry.
 */
final class WebhookReceiver implements AutoCloseable {

    static final String SECRET = "it-webhook-secret";

    private final HttpServer server;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger badSignatures = new AtomicInteger();

    WebhookReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/arbiter-webhook", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String timestamp = exchange.getRequestHeaders().getFirst("X-Arbiter-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-Arbiter-Signature");
        String delivery = exchange.getRequestHeaders().getFirst("X-Arbiter-Delivery");
        int status;
        if (signature == null || !signature.equals("sha256=" + WebhookClient.sign(SECRET, timestamp + "." + body))) {
            badSignatures.incrementAndGet();
            status = 401;
        } else if (attempts.computeIfAbsent(delivery, d -> new AtomicInteger()).incrementAndGet() == 1) {
            status = 503;
        } else {
            accepted.add(Api.JSON.readTree(body));
            status = 204;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    List<JsonNode> accepted() {
        return accepted;
    }

    int attemptsOf(String delivery) {
        AtomicInteger count = attempts.get(delivery);
        return count == null ? 0 : count.get();
    }

    int badSignatures() {
        return badSignatures.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
