package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Idempotency-Key rules: a retry gets the first answer; the same key with another body is 422. */
@ExtendWith(ArquillianExtension.class)
class IdempotencyIT {

    private static final String TEXT = "The charger stopped working after two days of normal use.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    private static Map<String, String> key(String key) {
        return Map.of("Idempotency-Key", key);
    }

    @Test
    void aRetryGetsTheFirstAnswerByteForByte() {
        String order = Orders.push("buyer1", "seller1", "99.00");
        String key = UUID.randomUUID().toString();

        Api.Reply first = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "99.00"), key(key));
        Api.Reply retry = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "99.00"), key(key));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() {
        String order = Orders.push("buyer1", "seller1", "99.00");
        String key = UUID.randomUUID().toString();
        Api.Reply first = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "99.00"), key(key));

        Api.Reply other = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "50.00"), key(key));

        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("type").asText()).isEqualTo("/problems/idempotency-key-reused");
        JsonNode stored = Api.as("buyer1").get("/api/v1/cases/" + first.json().get("caseNumber").asText()).json();
        assertThat(stored.get("claimedAmount").asText()).isEqualTo("99.00");
    }

    @Test
    void aRetryGetsTheFirstAnswerEvenWhenTheOrderChangedSince() {
        String order = Orders.push("buyer1", "seller1", "199.00");
        String key = UUID.randomUUID().toString();
        Api.Reply first = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "150.00"), key(key));
        // The marketplace pushes a newer snapshot: a partial refund lowered the order to 100.00.
        Api.Reply pushed = Api.as("platform1").post("/api/v1/integration/orders",
                Orders.snapshot(order, "buyer1", "seller1", "100.00"));

        Api.Reply retry = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "150.00"), key(key));
        Api.Reply fresh = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "150.00"),
                key(UUID.randomUUID().toString()));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(200);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        // A new request is judged against the order as it is now.
        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(400);
        assertThat(fresh.body()).contains("claimedAmount").contains("100.00");
    }

    @Test
    void theKeysRecordKnowsTheDescriptionOnlyMasked() {
        // Were the record's hash of the plain text, it would tell these two apart: it must not be able to.
        String order = Orders.push("buyer1", "seller1", "99.00");
        String key = UUID.randomUUID().toString();
        String text = TEXT + " My bank card is 6222021234567010123.";
        String sameOnceMasked = TEXT + " My bank card is 6222021234567190123.";

        Api.Reply first = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, text, "99.00"), key(key));
        Api.Reply retry = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, sameOnceMasked, "99.00"),
                key(key));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("masked").toString()).contains("BANK_CARD");
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void keysBelongToTheirUser() {
        String key = UUID.randomUUID().toString();
        String order1 = Orders.push("buyer1", "seller1", "20.00");
        String order2 = Orders.push("buyer2", "seller1", "20.00");

        Api.Reply one = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order1, TEXT, "20.00"), key(key));
        Api.Reply two = Api.as("buyer2").post("/api/v1/complaints", Orders.complaint(order2, TEXT, "20.00"), key(key));

        assertThat(one.status()).isEqualTo(201);
        assertThat(two.status()).as(two.toString()).isEqualTo(201);
        assertThat(two.json().get("caseNumber").asText()).isNotEqualTo(one.json().get("caseNumber").asText());
        assertThat(two.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        String order = Orders.push("buyer1", "seller1", "99.00");
        String key = UUID.randomUUID().toString();

        Api.Reply refused = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "500.00"), key(key));
        Api.Reply corrected = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "99.00"), key(key));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
    }

    @Test
    void concurrentRetriesFileOnceAndAllGetTheSameCase() throws Exception {
        String order = Orders.push("buyer1", "seller1", "99.00");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Api.Reply>> retries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                retries.add(() -> Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "99.00"), key(key)));
            }
            Set<String> caseNumbers = new HashSet<>();
            for (Future<Api.Reply> reply : pool.invokeAll(retries)) {
                assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(201);
                caseNumbers.add(reply.get().json().get("caseNumber").asText());
            }
            assertThat(caseNumbers).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
