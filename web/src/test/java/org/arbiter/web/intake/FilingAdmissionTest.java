package org.arbiter.web.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;

import org.arbiter.shared.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The admission limit on a real Undertow server over real HTTP, in front of a stand-in for the application whose
 * filings wait until the test lets them finish.
 */
class FilingAdmissionTest {

    private final CountDownLatch firstFilingEntered = new CountDownLatch(1);
    private final CountDownLatch filingsMayFinish = new CountDownLatch(1);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger handedToAdmission = new AtomicInteger();
    private Undertow server;
    private String base;

    /** The application: a filing holds its place until the test releases it; anything else answers at once. */
    private final HttpHandler application = new HttpHandler() {
        @Override
        public void handleRequest(io.undertow.server.HttpServerExchange exchange) throws Exception {
            if (exchange.isInIoThread()) {
                exchange.dispatch(this);
                return;
            }
            if (FilingAdmission.isFiling(exchange)) {
                firstFilingEntered.countDown();
                filingsMayFinish.await(20, TimeUnit.SECONDS);
            }
            exchange.getResponseSender().send("answered " + exchange.getRequestMethod() + " " + exchange.getRelativePath());
        }
    };

    @AfterEach
    void stop() {
        filingsMayFinish.countDown();
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aFilingThatFindsTheQueueFullIsRefusedAtOnceWithAProblemAndRetryAfter() throws Exception {
        start(new FilingAdmission(1, 1, Duration.ofMillis(2_500)));
        CompletableFuture<HttpResponse<String>> first = file("/api/v1/complaints");
        assertThat(firstFilingEntered.await(10, TimeUnit.SECONDS)).as("the first filing reached the application").isTrue();

        // The one place is taken: the next filing waits in the queue of one and the one after finds it full.
        Queued queued = fillTheQueue();
        HttpResponse<String> refused = queued.refused();
        CompletableFuture<HttpResponse<String>> waiting = queued.waiting();

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(refused.headers().firstValue("Retry-After")).as("2.5 s rounded up").hasValue("3");
        JsonNode problem = Json.mapper().readTree(refused.body());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/server-busy");
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/complaints");
        assertThat(problem.path("detail").asText()).contains("nothing was stored").contains("3 s");
        assertThat(waiting).as("the queued filing waits while the first one runs").isNotDone();

        filingsMayFinish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        HttpResponse<String> admittedLater = waiting.get(10, TimeUnit.SECONDS);
        assertThat(admittedLater.statusCode()).as("the queued filing is taken when a place frees up").isEqualTo(200);
        assertThat(admittedLater.body()).isEqualTo("answered POST /api/v1/complaints");
    }

    @Test
    void onlyFilingsAreLimitedAndNoSpellingOfTheirPathSideStepsTheLimit() throws Exception {
        start(new FilingAdmission(1, 1, Duration.ofSeconds(1)));
        CompletableFuture<HttpResponse<String>> first = file("/api/v1/complaints");
        assertThat(firstFilingEntered.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<HttpResponse<String>> queued = fillTheQueue().waiting();

        for (String sameFilingPath : List.of("/api/v1/complaints/", "//api/v1/complaints", "/api/v1/./complaints",
                "/api/v1/cases/../complaints")) {
            assertThat(file(sameFilingPath).get(10, TimeUnit.SECONDS).statusCode()).as(sameFilingPath).isEqualTo(503);
        }
        for (HttpRequest other : List.of(
                get("/api/v1/complaints"),
                post("/api/v1/cases/AR-261201-0F0QRNG/evidence"),
                post("/api/v1/complaintsX"),
                get("/api/v1/cases"))) {
            HttpResponse<String> answer = client.send(other, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(other.toString()).isEqualTo(200);
        }

        filingsMayFinish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(queued.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void aWaitingFilingWhoseClientGoesAwayDoesNotKeepItsPlace() throws Exception {
        start(new FilingAdmission(1, 1, Duration.ofSeconds(1)));
        CompletableFuture<HttpResponse<String>> first = file("/api/v1/complaints");
        assertThat(firstFilingEntered.await(10, TimeUnit.SECONDS)).isTrue();
        try (Socket impatient = new Socket("127.0.0.1", port())) {
            impatient.getOutputStream().write(("POST /api/v1/complaints HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII));
            impatient.getOutputStream().flush();
            awaitHandedToAdmission(2); // the first runs, this one waits in the queue
        } // and its client gives up

        filingsMayFinish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        // Had the abandoned filing kept the one place, this one would wait for ever.
        for (int i = 0; i < 3; i++) {
            assertThat(file("/api/v1/complaints").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void limitsOutOfRangeAreRefusedWithTheSettingTheyBelongTo() {
        assertThatThrownBy(() -> new FilingAdmission(0, 10, Duration.ofSeconds(1)))
                .hasMessageContaining("arbiter.intake.max-concurrent-filings");
        // Undertow would read 0 as an unbounded queue.
        assertThatThrownBy(() -> new FilingAdmission(2, 0, Duration.ofSeconds(1)))
                .hasMessageContaining("arbiter.intake.filing-queue");
        assertThatThrownBy(() -> new FilingAdmission(2, 10, Duration.ofMillis(500)))
                .hasMessageContaining("arbiter.intake.queue-full-retry-after");
        assertThat(new FilingAdmission(2, 1000, Duration.ofSeconds(2)))
                .hasToString("at most 2 filings at once, up to 1000 waiting");
        assertThat(new FilingAdmission(1, 1, Duration.ofSeconds(2))).hasToString("at most 1 filing at once, up to 1 waiting");
    }

    /**
     * With the one place taken by the first request of the test, one filing waits in the queue of one and the next
     * finds it full.
     */
    private Queued fillTheQueue() throws Exception {
        CompletableFuture<HttpResponse<String>> waiting = file("/api/v1/complaints");
        awaitHandedToAdmission(2);
        HttpResponse<String> refused = file("/api/v1/complaints").get(10, TimeUnit.SECONDS);
        assertThat(refused.statusCode()).as("the filing that found the queue full").isEqualTo(503);
        return new Queued(refused, waiting);
    }

    private record Queued(HttpResponse<String> refused, CompletableFuture<HttpResponse<String>> waiting) {
    }

    private void start(FilingAdmission admission) {
        HttpHandler admitted = admission.wrap(application);
        // Counts the requests the admission has taken in: when a filing is counted, it runs or waits in the queue.
        HttpHandler counted = exchange -> {
            admitted.handleRequest(exchange);
            handedToAdmission.incrementAndGet();
        };
        server = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(counted).build();
        server.start();
        base = "http://127.0.0.1:" + port();
    }

    private void awaitHandedToAdmission(int requests) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (handedToAdmission.get() < requests) {
            assertThat(System.nanoTime()).as("%d requests reached the admission", requests).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private int port() {
        return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    private CompletableFuture<HttpResponse<String>> file(String path) {
        return client.sendAsync(post(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest post(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"orderId\":\"O-1\"}")).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build();
    }
}
