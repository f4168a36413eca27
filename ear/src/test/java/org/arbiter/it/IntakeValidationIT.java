package org.arbiter.it;

import static org.arbiter.it.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every way a complaint can be wrong gets a 4xx problem naming the field, never a 500, and leaves nothing
 * behind: the same order takes a valid complaint afterwards as if nothing had happened.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeValidationIT {

    private static final String VALID_TEXT = "The vase arrived with a crack along the whole side.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    private String order;

    @BeforeEach
    void anOrder() {
        order = Orders.push("buyer1", "seller1", "199.00");
    }

    private Map<String, Object> complaint(Object... overrides) {
        Map<String, Object> body = Orders.complaint(order, VALID_TEXT, "150.00");
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                body.remove((String) overrides[i]);
            } else {
                body.put((String) overrides[i], overrides[i + 1]);
            }
        }
        return body;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private Api.Reply file(Object body) {
        return Api.as("buyer1").post("/api/v1/complaints", body);
    }

    private void assertProblem(Api.Reply reply, int status, String type, String... fields) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("type").asText()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("org.");
        if (fields.length > 0) {
            assertThat(fields(problem)).containsExactlyInAnyOrder(fields);
        }
    }

    private void assertNothingStoredAndTheOrderStillTakesAComplaint() {
        Api.Reply valid = file(complaint());
        assertThat(valid.status()).as("a valid complaint after the refused ones: " + valid).isEqualTo(201);
    }

    @Test
    void missingFieldsAreNamed() {
        assertProblem(file(object("orderId", order)), 400, "/problems/validation",
                "description", "claimedAmount", "currency", "desiredRemedy");
        assertNothingStoredAndTheOrderStillTakesAComplaint();
    }

    @Test
    void amountsMustBePositiveNotAboveTheOrderAndInItsCurrency() {
        assertProblem(file(complaint("claimedAmount", "199.01")), 400, "/problems/validation", "claimedAmount");
        assertProblem(file(complaint("claimedAmount", "0")), 400, "/problems/validation", "claimedAmount");
        assertProblem(file(complaint("claimedAmount", "-5")), 400, "/problems/validation", "claimedAmount");
        assertProblem(file(complaint("claimedAmount", "1.005")), 400, "/problems/validation", "claimedAmount");
        assertProblem(file(complaint("claimedAmount", "12,50")), 400, "/problems/validation", "claimedAmount");
        assertProblem(file(complaint("currency", "USD")), 400, "/problems/validation", "currency");
        assertProblem(file(complaint("currency", "XYZ")), 400, "/problems/validation", "currency");
        assertProblem(file(complaint("currency", "cny")), 400, "/problems/validation", "currency");
        assertNothingStoredAndTheOrderStillTakesAComplaint();
    }

    @Test
    void theDescriptionIsTenToFiveThousandCharacters() {
        assertProblem(file(complaint("description", "too short")), 400, "/problems/validation", "description");
        assertProblem(file(complaint("description", "          ")), 400, "/problems/validation", "description");
        assertProblem(file(complaint("description", "x".repeat(5001))), 400, "/problems/validation", "description");
        assertThat(file(complaint("description", "裂".repeat(5000))).status()).isEqualTo(201);
    }

    @Test
    void aDescriptionOfInvisibleCharactersIsNoDescription() {
        // Ten and more characters each, all of which Java's strip() and @NotBlank take for text.
        for (String invisible : new String[] {"\u00A0".repeat(12), "\u200B\uFEFF\u202E".repeat(4),
                "\u0301".repeat(11), "\u3164".repeat(10)}) {
            assertProblem(file(complaint("description", invisible)), 400, "/problems/validation", "description");
        }
        assertNothingStoredAndTheOrderStillTakesAComplaint();
    }

    @Test
    void wrongTypesAndUnknownValuesAreNamed() {
        assertProblem(file(complaint("claimedAmount", 150.0)), 400, "/problems/validation", "claimedAmount");
        assertProblem(file(complaint("desiredRemedy", "FREE_STUFF")), 400, "/problems/validation", "desiredRemedy");
        assertProblem(file(complaint("desiredRemedy", 1)), 400, "/problems/validation", "desiredRemedy");
        assertProblem(file(complaint("orderId", List.of("a"))), 400, "/problems/validation", "orderId");
        assertProblem(file(complaint("language", "english!")), 400, "/problems/validation", "language");
        assertNothingStoredAndTheOrderStillTakesAComplaint();
    }

    @Test
    void fieldsTheClientMayNotSetAreRefusedNotIgnored() {
        assertProblem(file(complaint("complainantId", "buyer2")), 400, "/problems/validation", "complainantId");
        assertProblem(file(complaint("status", "CLOSED")), 400, "/problems/validation", "status");
        assertProblem(file(complaint("role", "SUPERVISOR")), 400, "/problems/validation", "role");
        assertNothingStoredAndTheOrderStillTakesAComplaint();
    }

    @Test
    void aBodyThatIsNotJsonOrNotThereIsRefused() {
        Api buyer = Api.as("buyer1");
        assertProblem(buyer.raw("POST", "/api/v1/complaints", "application/json",
                "{\"orderId\": ".getBytes(StandardCharsets.UTF_8)), 400, "/problems/malformed-body");
        assertProblem(buyer.raw("POST", "/api/v1/complaints", "application/json",
                "[1,2,3]".getBytes(StandardCharsets.UTF_8)), 400, "/problems/malformed-body");
        assertProblem(buyer.raw("POST", "/api/v1/complaints", "application/json", new byte[0]),
                400, "/problems/validation", "body");
        assertProblem(buyer.raw("POST", "/api/v1/complaints", "application/json",
                "null".getBytes(StandardCharsets.UTF_8)), 400, "/problems/validation", "body");
        assertNothingStoredAndTheOrderStillTakesAComplaint();
    }

    @Test
    void otherMediaTypesAreRefused() {
        assertProblem(Api.as("buyer1").raw("POST", "/api/v1/complaints", "text/plain",
                "orderId=1".getBytes(StandardCharsets.UTF_8)), 415, "/problems/unsupported-media-type", "Content-Type");
        assertProblem(Api.as("buyer1").raw("POST", "/api/v1/complaints", "application/xml",
                "<complaint/>".getBytes(StandardCharsets.UTF_8)), 415, "/problems/unsupported-media-type");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String huge = "{\"orderId\":\"" + order + "\",\"description\":\"" + "x".repeat(200_000) + "\"}";

        assertProblem(Api.as("buyer1").raw("POST", "/api/v1/complaints", "application/json",
                huge.getBytes(StandardCharsets.UTF_8)), 413, "/problems/payload-too-large", "body");
        assertNothingStoredAndTheOrderStillTakesAComplaint();
    }

    @Test
    void aMalformedIdempotencyKeyIsNamed() {
        Api.Reply reply = Api.as("buyer1").post("/api/v1/complaints", complaint(), Map.of("Idempotency-Key", "short"));

        assertProblem(reply, 400, "/problems/validation", "Idempotency-Key");
        assertNothingStoredAndTheOrderStillTakesAComplaint();
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesAreRefusedWithTheirField() {
        Api buyer = Api.as("buyer1");
        for (String text : List.of("a NUL \\u0000 in the middle of it", "an escape \\u001b[31m sequence here",
                "a lone \\ud800 surrogate in the text")) {
            String json = "{\"orderId\":\"" + order + "\",\"description\":\"" + text + "\",\"claimedAmount\":\"150.00\","
                    + "\"currency\":\"CNY\",\"desiredRemedy\":\"REFUND_ONLY\"}";

            Api.Reply reply = buyer.raw("POST", "/api/v1/complaints", "application/json",
                    json.getBytes(StandardCharsets.UTF_8));

            assertProblem(reply, 400, "/problems/validation", "description");
            assertThat(reply.json().get("errors").get(0).get("message").asText()).as(text).startsWith("must not contain");
        }
        assertThat(file(complaint("description", "Line one\n\tline two 📦 — still fine")).status()).isEqualTo(201);
    }

    @Test
    void aFieldGivenTwiceIsRefusedNotGuessed() {
        String json = "{\"orderId\":\"" + order + "\",\"description\":\"" + VALID_TEXT + "\",\"claimedAmount\":\"150.00\","
                + "\"claimedAmount\":\"1.00\",\"currency\":\"CNY\",\"desiredRemedy\":\"REFUND_ONLY\"}";

        assertProblem(Api.as("buyer1").raw("POST", "/api/v1/complaints", "application/json",
                json.getBytes(StandardCharsets.UTF_8)), 400, "/problems/validation", "claimedAmount");
        assertNothingStoredAndTheOrderStillTakesAComplaint();
    }

    @Test
    void twoIdempotencyKeysAreRefusedNotGuessed() {
        Api.Reply reply = Api.as("buyer1").post("/api/v1/complaints", complaint(),
                List.of(Map.entry("Idempotency-Key", "first-key-0001"), Map.entry("Idempotency-Key", "second-key-0002")));

        assertProblem(reply, 400, "/problems/validation", "Idempotency-Key");
        assertNothingStoredAndTheOrderStillTakesAComplaint();
    }

    @Test
    void aHeaderThatCannotBeReadIsABadRequestNotABadBody() {
        Api.Reply reply = Api.as("buyer1").raw("POST", "/api/v1/complaints", ";;;/==", "{}".getBytes(StandardCharsets.UTF_8));

        assertProblem(reply, 400, "/problems/bad-request", "Content-Type");
        assertThat(reply.json().get("detail").asText()).contains("Content-Type header");
        assertNothingStoredAndTheOrderStillTakesAComplaint();
    }
}
