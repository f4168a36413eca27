package org.arbiter.integration.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.arbiter.api.vocabulary.LogisticsStatus;
import org.arbiter.integration.IntegrationFailureException;
import org.arbiter.integration.IntegrationFailureException.Failure;
import org.arbiter.integration.logistics.LogisticsFacts;
import org.arbiter.integration.order.OrderFacts;
import org.arbiter.integration.order.ReportedTimes;
import org.arbiter.integration.payment.PaymentFacts;
import org.arbiter.shared.Money;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP adapters of the order, payment and logistics ports against a small marketplace simulated in the test
 * (the JDK's HttpServer): the contract's answers, 404 as "unknown", and every way the marketplace can fail
 * turned into an {@link IntegrationFailureException} of the right kind.
 */
class MarketplaceAdaptersTest {

    private static final String TOKEN = "test-token-123";
    private static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    /** What the simulated marketplace answers on a path: status, body, and how long it waits first. */
    private record Reply(int status, String body, Duration delay) {

        static Reply json(String body) {
            return new Reply(200, body, Duration.ZERO);
        }
    }

    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final Map<String, String> seenAuthorization = new ConcurrentHashMap<>();
    private HttpServer server;
    private ExecutorService threads;
    private MarketplaceClient client;

    @BeforeEach
    void startMarketplace() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/market/", this::answer);
        server.start();
        client = client("http://127.0.0.1:" + server.getAddress().getPort() + "/market/");
    }

    @AfterEach
    void stopMarketplace() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static MarketplaceClient client(String baseUrl) {
        return new MarketplaceClient(new MarketplaceClient.Config(URI.create(baseUrl), Optional.of(TOKEN),
                Duration.ofMillis(500), READ_TIMEOUT));
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        seenAuthorization.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        Reply reply = replies.getOrDefault(path, new Reply(404, "{\"error\":\"no such order\"}", Duration.ZERO));
        try {
            Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException clientGone) {
            // The adapter gave up waiting; nothing to answer.
        } finally {
            exchange.close();
        }
    }

    private static final ReportedTimes TIMES = new ReportedTimes(Instant.parse("2000-01-01T00:00:00Z"), Duration.ofMinutes(5));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);

    private static final String ORDER = """
            {"orderId":"O-1001","buyerId":"buyer1","sellerId":"seller1","amount":"199.00","currency":"CNY",
             "paidAt":"2026-11-01T08:00:00Z","updatedAt":"2026-11-04T10:05:00Z",
             "items":[{"sku":"SKU-1","title":"Ceramic vase","quantity":1,"unitPrice":"199.00"}],"channel":"app"}""";

    private static final String PAYMENT = """
            {"orderId":"O-1001","amount":"199.00","currency":"CNY","paidAt":"2026-11-01T08:00:00Z",
             "updatedAt":"2026-11-01T08:00:05Z","method":"alipay"}""";

    private static final String LOGISTICS = """
            {"orderId":"O-1001","carrier":"SF","trackingNumber":"SF123","status":"DELIVERED",
             "shippedAt":"2026-11-02T08:00:00Z","signedAt":"2026-11-04T10:00:00Z","signedBy":"丰巢快递柜",
             "updatedAt":"2026-11-04T10:01:00Z",
             "events":[{"status":"SHIPPED","occurredAt":"2026-11-02T08:00:00Z","location":"Shenzhen"},
                       {"status":"DELIVERED","occurredAt":"2026-11-04T10:00:00Z","location":"Hangzhou",
                        "description":"in the locker","signedBy":"丰巢快递柜"}]}""";

    private static void assertFailure(ThrowingCallable call, Failure failure, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(IntegrationFailureException.class, e -> {
            assertThat(e.failure()).isEqualTo(failure);
            assertThat(e.getMessage()).contains(messagePart).doesNotContain(TOKEN);
        });
    }

    // --- the answers of the contract ------------------------------------------------------------------------

    @Test
    void anAnswerWithATimeThatCannotBeTrueIsABadAnswer() {
        replies.put("/market/orders/O-1001", Reply.json(ORDER.replace("2026-11-01T08:00:00Z", "2099-01-01T00:00:00Z")));
        replies.put("/market/orders/O-1001/logistics", Reply.json(LOGISTICS.replace("\"occurredAt\":\"2026-11-02T08:00:00Z\"",
                "\"occurredAt\":\"1970-01-01T00:00:00Z\"")));

        assertFailure(() -> new MarketplaceOrders(client, TIMES, CLOCK).find("O-1001"), Failure.BAD_ANSWER,
                "paidAt cannot be in the future");
        assertFailure(() -> new MarketplaceLogistics(client, TIMES, CLOCK).find("O-1001"), Failure.BAD_ANSWER,
                "events[0].occurredAt cannot be before 2000-01-01T00:00:00Z");
    }

    @Test
    void anOrderIsReadWithTheBearerTokenAndFieldsItDoesNotKnowAreIgnored() {
        replies.put("/market/orders/O-1001", Reply.json(ORDER));

        OrderFacts order = new MarketplaceOrders(client, TIMES, CLOCK).find("O-1001").orElseThrow();

        assertThat(order).isEqualTo(new OrderFacts("O-1001", "buyer1", "seller1", Money.parse("199.00", "CNY"),
                Instant.parse("2026-11-01T08:00:00Z"), Instant.parse("2026-11-04T10:05:00Z")));
        assertThat(seenAuthorization.get("/market/orders/O-1001")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void aPaymentIsRead() {
        replies.put("/market/orders/O-1001/payment", Reply.json(PAYMENT));

        PaymentFacts payment = new MarketplacePayments(client, TIMES, CLOCK).find("O-1001").orElseThrow();

        assertThat(payment).isEqualTo(new PaymentFacts("O-1001", Money.parse("199", "CNY"),
                Instant.parse("2026-11-01T08:00:00Z"), Instant.parse("2026-11-01T08:00:05Z")));
    }

    @Test
    void theLogisticsAreReadWithTheirTrace() {
        replies.put("/market/orders/O-1001/logistics", Reply.json(LOGISTICS));

        LogisticsFacts parcel = new MarketplaceLogistics(client, TIMES, CLOCK).find("O-1001").orElseThrow();

        assertThat(parcel.signed()).isTrue();
        assertThat(parcel.signedBy()).isEqualTo("丰巢快递柜");
        assertThat(parcel.status()).isEqualTo(LogisticsStatus.DELIVERED);
        assertThat(parcel.updatedAt()).isEqualTo(Instant.parse("2026-11-04T10:01:00Z"));
        assertThat(parcel.trace()).containsExactly(
                new LogisticsFacts.Scan(LogisticsStatus.SHIPPED, Instant.parse("2026-11-02T08:00:00Z"), "Shenzhen", null,
                        null),
                new LogisticsFacts.Scan(LogisticsStatus.DELIVERED, Instant.parse("2026-11-04T10:00:00Z"), "Hangzhou",
                        "in the locker", "丰巢快递柜"));
    }

    @Test
    void aParcelNotYetTracedHasAnEmptyTrace() {
        replies.put("/market/orders/O-1001/logistics", Reply.json("""
                {"orderId":"O-1001","status":"NOT_SHIPPED","updatedAt":"2026-11-01T08:00:00Z"}"""));

        LogisticsFacts parcel = new MarketplaceLogistics(client, TIMES, CLOCK).find("O-1001").orElseThrow();

        assertThat(parcel.signed()).isFalse();
        assertThat(parcel.trace()).isEmpty();
    }

    @Test
    void notFoundIsUnknownForEachPort() {
        assertThat(new MarketplaceOrders(client, TIMES, CLOCK).find("O-none")).isEmpty();
        assertThat(new MarketplacePayments(client, TIMES, CLOCK).find("O-none")).isEmpty();
        assertThat(new MarketplaceLogistics(client, TIMES, CLOCK).find("O-none")).isEmpty();
    }

    @Test
    void anOrderIdIsOnePathSegmentWhateverItHolds() {
        replies.put("/market/orders/O%201%2F2%3F%E8%AE%A2", Reply.json(ORDER.replace("O-1001", "O 1/2?订")));

        assertThat(new MarketplaceOrders(client, TIMES, CLOCK).find("O 1/2?订")).map(OrderFacts::orderId).contains("O 1/2?订");
        assertThat(MarketplaceClient.segment("O-1001_a.b~c")).isEqualTo("O-1001_a.b~c");
    }

    @Test
    void aBaseUrlWithoutTheTrailingSlashWorksTheSame() {
        replies.put("/market/orders/O-1001", Reply.json(ORDER));
        MarketplaceClient noSlash = client("http://127.0.0.1:" + server.getAddress().getPort() + "/market");

        assertThat(new MarketplaceOrders(noSlash, TIMES, CLOCK).find("O-1001")).isPresent();
    }

    // --- the marketplace failing -------------------------------------------------------------------------------

    @Test
    void noAnswerWithinTheReadTimeoutIsATimeout() {
        replies.put("/market/orders/O-slow", new Reply(200, ORDER, Duration.ofSeconds(3)));

        long started = System.nanoTime();
        assertFailure(() -> new MarketplaceOrders(client, TIMES, CLOCK).find("O-slow"), Failure.TIMEOUT, "did not answer within PT0.4S");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aServerErrorIsABadAnswerAndUnavailableIsUnavailable() {
        replies.put("/market/orders/O-1001", new Reply(500, "<html>Internal Server Error</html>", Duration.ZERO));
        replies.put("/market/orders/O-1001/payment", new Reply(503, "", Duration.ZERO));
        replies.put("/market/orders/O-1001/logistics", new Reply(502, "", Duration.ZERO));

        assertFailure(() -> new MarketplaceOrders(client, TIMES, CLOCK).find("O-1001"), Failure.BAD_ANSWER, "answered 500");
        assertFailure(() -> new MarketplacePayments(client, TIMES, CLOCK).find("O-1001"), Failure.UNAVAILABLE, "unavailable (503)");
        assertFailure(() -> new MarketplaceLogistics(client, TIMES, CLOCK).find("O-1001"), Failure.BAD_ANSWER, "answered 502");
    }

    @Test
    void refusedCredentialsAreABadAnswerThatNamesTheSetting() {
        replies.put("/market/orders/O-1001", new Reply(401, "", Duration.ZERO));

        assertFailure(() -> new MarketplaceOrders(client, TIMES, CLOCK).find("O-1001"), Failure.BAD_ANSWER,
                "arbiter.integration.http.token");
    }

    @Test
    void malformedJsonIsABadAnswer() {
        replies.put("/market/orders/O-1001", Reply.json("{\"orderId\":\"O-1001\",\"amount\":"));
        replies.put("/market/orders/O-1001/payment", Reply.json("<html>maintenance</html>"));
        replies.put("/market/orders/O-1001/logistics", Reply.json("null"));

        assertFailure(() -> new MarketplaceOrders(client, TIMES, CLOCK).find("O-1001"), Failure.BAD_ANSWER, "not the JSON");
        assertFailure(() -> new MarketplacePayments(client, TIMES, CLOCK).find("O-1001"), Failure.BAD_ANSWER, "not the JSON");
        assertFailure(() -> new MarketplaceLogistics(client, TIMES, CLOCK).find("O-1001"), Failure.BAD_ANSWER, "is empty");
    }

    @Test
    void wellFormedJsonThatBreaksTheContractIsABadAnswer() {
        replies.put("/market/orders/O-1001", Reply.json(ORDER.replace("\"buyerId\":\"buyer1\",", "")));
        replies.put("/market/orders/O-1002", Reply.json(ORDER));
        replies.put("/market/orders/O-1001/payment", Reply.json(PAYMENT.replace("\"199.00\"", "199.00")));
        replies.put("/market/orders/O-1003/payment", Reply.json(PAYMENT.replace("O-1001", "O-1003")
                .replace("\"199.00\"", "\"-5\"")));
        replies.put("/market/orders/O-1001/logistics", Reply.json(LOGISTICS.replace("\"DELIVERED\",\n", "\"TELEPORTED\",\n")));
        replies.put("/market/orders/O-1003/logistics", Reply.json(LOGISTICS.replace("O-1001", "O-1003")
                .replace(",\n \"updatedAt\":\"2026-11-04T10:01:00Z\"", "").replace("\"updatedAt\":\"2026-11-04T10:01:00Z\",", "")));

        assertFailure(() -> new MarketplaceOrders(client, TIMES, CLOCK).find("O-1001"), Failure.BAD_ANSWER, "buyerId");
        assertFailure(() -> new MarketplaceOrders(client, TIMES, CLOCK).find("O-1002"), Failure.BAD_ANSWER, "not O-1002");
        assertFailure(() -> new MarketplacePayments(client, TIMES, CLOCK).find("O-1001"), Failure.BAD_ANSWER, "payment of order O-1001");
        assertFailure(() -> new MarketplacePayments(client, TIMES, CLOCK).find("O-1003"), Failure.BAD_ANSWER, "must not be negative");
        assertFailure(() -> new MarketplaceLogistics(client, TIMES, CLOCK).find("O-1001"), Failure.BAD_ANSWER, "TELEPORTED");
        assertFailure(() -> new MarketplaceLogistics(client, TIMES, CLOCK).find("O-1003"), Failure.BAD_ANSWER, "updatedAt is missing");
    }

    @Test
    void anAnswerLargerThanAnyTheContractDescribesIsRefused() {
        String padding = "x".repeat(MarketplaceClient.MAX_ANSWER_BYTES);
        replies.put("/market/orders/O-1001", Reply.json(ORDER.replace("\"channel\":\"app\"", "\"channel\":\"" + padding + "\"")));

        assertFailure(() -> new MarketplaceOrders(client, TIMES, CLOCK).find("O-1001"), Failure.BAD_ANSWER, "larger than");
    }

    @Test
    void aMarketplaceThatCannotBeReachedIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MarketplaceClient nowhere = client("http://127.0.0.1:" + closedPort + "/");

        assertFailure(() -> new MarketplaceOrders(nowhere, TIMES, CLOCK).find("O-1001"), Failure.UNAVAILABLE, "cannot be reached");
    }

    @Test
    void eachFailureHasItsGatewayStatus() {
        assertThat(List.of(Failure.TIMEOUT.status(), Failure.UNAVAILABLE.status(), Failure.BAD_ANSWER.status()))
                .containsExactly(504, 503, 502);
    }
}
