package org.arbiter.it;

import static org.arbiter.it.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The order port's built-in adapter: what the marketplace pushes. */
@ExtendWith(ArquillianExtension.class)
class OrderIntegrationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    @Test
    void pushesOfANewOrderAtTheSameMomentAreAllStored() throws Exception {
        long logEnd = ServerLog.end();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                String orderId = Api.unique("O");
                List<java.util.concurrent.Callable<Api.Reply>> pushes = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    pushes.add(() -> Api.as("platform1").post("/api/v1/integration/orders",
                            Orders.snapshot(orderId, "buyer1", "seller1", "10.00")));
                }
                int created = 0;
                for (java.util.concurrent.Future<Api.Reply> reply : pool.invokeAll(pushes)) {
                    // A retry sent before the first answer came back: one is the first snapshot, the others newer ones.
                    assertThat(reply.get().status()).as(reply.get().toString()).isIn(200, 201);
                    created += reply.get().status() == 201 ? 1 : 0;
                }
                assertThat(created).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        // The race the application expects and answers is no server error in the log.
        assertThat(ServerLog.since(logEnd)).doesNotContain(" ERROR ");
    }

    @Test
    void aNewSnapshotIsCreatedARepeatedPushReplacesIt() {
        String order = Api.unique("O");
        Map<String, Object> snapshot = Orders.snapshot(order, "buyer1", "seller1", "199.00");

        Api.Reply created = Api.as("platform1").post("/api/v1/integration/orders", snapshot);
        snapshot.put("amount", "150.00");
        snapshot.put("items", List.of(object("sku", "SKU-1", "title", "Ceramic vase", "quantity", 1, "unitPrice", "150.00")));
        Api.Reply replaced = Api.as("platform1").post("/api/v1/integration/orders", snapshot);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/integration/orders/" + order);
        assertThat(replaced.status()).isEqualTo(200);
        JsonNode stored = Api.as("platform1").get("/api/v1/integration/orders/" + order).json();
        assertThat(stored.get("amount").asText()).isEqualTo("150.00");
        assertThat(stored.get("items").get(0).get("unitPrice").asText()).isEqualTo("150.00");
        assertThat(stored.get("logistics").get("signedBy").asText()).isEqualTo("locker");
    }

    @Test
    void anOrderNeverChangesHands() {
        String order = Orders.push("buyer1", "seller1", "10.00");

        Api.Reply moved = Api.as("platform1").post("/api/v1/integration/orders", Orders.snapshot(order, "buyer2", "seller1", "10.00"));

        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.json().get("type").asText()).isEqualTo("/problems/conflict");
    }

    @Test
    void onlyThePlatformPushesOrReadsOrders() {
        String order = Api.unique("O");
        for (String user : List.of("buyer1", "seller1", "specialist1", "supervisor1")) {
            assertThat(Api.as(user).post("/api/v1/integration/orders", Orders.snapshot(order, "buyer1", "seller1", "10.00"))
                    .status()).as(user).isEqualTo(403);
        }
        assertThat(Api.as("buyer1").get("/api/v1/integration/orders/" + Orders.push("buyer1", "seller1", "1.00")).status())
                .isEqualTo(403);
        // Refused before the body is looked at: no list of the integration API's fields for a buyer.
        Api.Reply emptyBody = Api.as("buyer1").post("/api/v1/integration/orders", Api.object());
        assertThat(emptyBody.status()).as(emptyBody.toString()).isEqualTo(403);
        assertThat(emptyBody.json().get("type").asText()).isEqualTo("/problems/forbidden");
        assertThat(emptyBody.json().path("errors").size()).isZero();
        assertThat(Api.as("platform1").get("/api/v1/integration/orders/" + order).status()).isEqualTo(404);
    }

    @Test
    void invalidSnapshotsNameTheirFields() {
        Map<String, Object> snapshot = Orders.snapshot(Api.unique("O"), "buyer1", "buyer1", "10.001");
        snapshot.put("items", List.of(object("sku", "S", "title", "t", "quantity", 0, "unitPrice", "x")));
        snapshot.remove("paidAt");

        Api.Reply reply = Api.as("platform1").post("/api/v1/integration/orders", snapshot);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("errors").toString())
                .contains("paidAt").contains("items[0].quantity").contains("items[0].unitPrice");
        Map<String, Object> sameParty = Orders.snapshot(Api.unique("O"), "buyer1", "buyer1", "10.001");
        assertThat(Api.as("platform1").post("/api/v1/integration/orders", sameParty).json().get("errors").toString())
                .contains("amount").contains("sellerId");
        Map<String, Object> noQuantity = Orders.snapshot(Api.unique("O"), "buyer1", "seller1", "10.00");
        noQuantity.put("items", List.of(object("sku", "S", "title", "vase", "unitPrice", "10.00")));
        Api.Reply missing = Api.as("platform1").post("/api/v1/integration/orders", noQuantity);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("items[0].quantity");
        assertThat(missing.json().get("errors").get(0).get("message").asText()).doesNotContain("wrong type");
    }

    @Test
    void logisticsEventsMoveTheShipmentAndAreStoredOnce() {
        String order = Api.unique("O");
        Map<String, Object> snapshot = Orders.snapshot(order, "buyer1", "seller1", "10.00");
        snapshot.put("logistics", object("carrier", "JD", "trackingNumber", "JD1", "status", "SHIPPED",
                "shippedAt", "2026-11-02T08:00:00Z"));
        assertThat(Api.as("platform1").post("/api/v1/integration/orders", snapshot).status()).isEqualTo(201);
        Map<String, Object> delivered = object("status", "DELIVERED", "occurredAt", "2026-11-04T10:00:00Z",
                "location", "Locker 12", "signedBy", "neighbour");

        Api.Reply first = Api.as("platform1").post("/api/v1/integration/orders/" + order + "/logistics-events", delivered);
        Api.Reply again = Api.as("platform1").post("/api/v1/integration/orders/" + order + "/logistics-events", delivered);
        Api.Reply late = Api.as("platform1").post("/api/v1/integration/orders/" + order + "/logistics-events",
                object("status", "IN_TRANSIT", "occurredAt", "2026-11-03T10:00:00Z"));

        // The same event with another signer is not a retry: refused, not dropped as one.
        Api.Reply otherSigner = Api.as("platform1").post("/api/v1/integration/orders/" + order + "/logistics-events",
                object("status", "DELIVERED", "occurredAt", "2026-11-04T10:00:00Z", "location", "Locker 12",
                        "signedBy", "Zhang (neighbour)"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as("a retry stores nothing: not 201 Created").isEqualTo(200);
        assertThat(otherSigner.status()).as(otherSigner.toString()).isEqualTo(409);
        assertThat(otherSigner.json().get("detail").asText()).contains("DELIVERED").contains("signer");
        assertThat(again.json().get("logisticsEvents").size()).isEqualTo(1);
        JsonNode view = late.json();
        assertThat(view.get("logisticsEvents").size()).isEqualTo(2);
        assertThat(view.get("logistics").get("status").asText()).as("a late scan does not undo the delivery").isEqualTo("DELIVERED");
        assertThat(view.get("logistics").get("signedBy").asText()).isEqualTo("neighbour");
        assertThat(view.get("logistics").get("signedAt").asText()).isEqualTo("2026-11-04T10:00:00Z");
    }

    @Test
    void tooManyItemsAndAnOverlongOrderIdAreNamedShortly() {
        Map<String, Object> snapshot = Orders.snapshot(Api.unique("O"), "buyer1", "seller1", "10.00");
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; i < 201; i++) {
            items.add(object("sku", "S" + i, "title", "t", "quantity", 1, "unitPrice", "0.01"));
        }
        snapshot.put("items", items);

        Api.Reply many = Api.as("platform1").post("/api/v1/integration/orders", snapshot);
        Api.Reply longId = Api.as("platform1").get("/api/v1/integration/orders/" + "A".repeat(5_000));

        assertThat(many.status()).as(many.toString()).isEqualTo(400);
        assertThat(many.json().get("errors").get(0).get("message").asText()).isEqualTo("must list at most 200 items");
        assertThat(longId.status()).isEqualTo(404);
        assertThat(longId.contentType()).startsWith("application/problem+json");
        assertThat(longId.body()).as("the id is not echoed back in full").hasSizeLessThan(2_000);
    }

    @Test
    void eventsForUnknownOrdersOrWithBadFieldsAreRefused() {
        Api.Reply unknown = Api.as("platform1").post("/api/v1/integration/orders/O-unknown/logistics-events",
                object("status", "DELIVERED", "occurredAt", "2026-11-04T10:00:00Z"));
        Api.Reply badTime = Api.as("platform1").post("/api/v1/integration/orders/O-unknown/logistics-events",
                object("status", "DELIVERED", "occurredAt", "yesterday"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().get("errors").get(0).get("field").asText()).isEqualTo("occurredAt");
    }

    @Test
    void timesThatCannotBeTrueAndUnknownCurrenciesAreNamed() {
        Map<String, Object> snapshot = Orders.snapshot(Api.unique("O"), "buyer1", "seller1", "10.00");
        snapshot.put("currency", "ZZZ");
        snapshot.put("paidAt", "+999999999-12-31T23:59:59Z");
        snapshot.put("logistics", object("carrier", "SF", "status", "DELIVERED", "shippedAt", "1970-01-01T00:00:00Z",
                "signedAt", "2099-01-01T00:00:00Z"));

        Api.Reply reply = Api.as("platform1").post("/api/v1/integration/orders", snapshot);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("currency", "paidAt", "logistics.shippedAt", "logistics.signedAt");
        Map<String, Object> numericTime = Orders.snapshot(Api.unique("O"), "buyer1", "seller1", "10.00");
        numericTime.put("paidAt", 1700000000);
        assertThat(Api.as("platform1").post("/api/v1/integration/orders", numericTime).json().get("errors").get(0)
                .get("field").asText()).isEqualTo("paidAt");

        String order = Orders.push("buyer1", "seller1", "10.00");
        Api.Reply ancientScan = Api.as("platform1").post("/api/v1/integration/orders/" + order + "/logistics-events",
                object("status", "LOST", "occurredAt", "1970-01-01T00:00:00Z"));
        assertThat(ancientScan.status()).isEqualTo(400);
        assertThat(ancientScan.json().get("errors").get(0).get("field").asText()).isEqualTo("occurredAt");
        JsonNode after = Api.as("platform1").get("/api/v1/integration/orders/" + order).json();
        assertThat(after.get("logisticsEvents").size()).as("nothing was recorded").isZero();
        assertThat(after.get("logistics").get("status").asText()).isEqualTo("DELIVERED");
    }

    @Test
    void aLateScanDoesNotUndoADeliveryPushedWithTheSnapshot() {
        String order = Orders.push("buyer1", "seller1", "10.00");

        Api.Reply late = Api.as("platform1").post("/api/v1/integration/orders/" + order + "/logistics-events",
                object("status", "IN_TRANSIT", "occurredAt", "2026-11-03T10:00:00Z"));

        assertThat(late.status()).as(late.toString()).isEqualTo(201);
        assertThat(late.json().get("logisticsEvents").size()).isEqualTo(1);
        assertThat(late.json().get("logistics").get("status").asText()).isEqualTo("DELIVERED");
    }

    @Test
    void aDeliveryIsPushedWithItsTime() {
        String orderId = Api.unique("O");
        Map<String, Object> snapshot = Orders.snapshot(orderId, "buyer1", "seller1", "10.00");
        snapshot.put("logistics", object("carrier", "SF", "status", "DELIVERED", "shippedAt", "2026-11-02T08:00:00Z"));

        Api.Reply reply = Api.as("platform1").post("/api/v1/integration/orders", snapshot);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("logistics.signedAt");
        assertThat(Api.as("platform1").get("/api/v1/integration/orders/" + orderId).status())
                .as("nothing was stored").isEqualTo(404);
    }
}
