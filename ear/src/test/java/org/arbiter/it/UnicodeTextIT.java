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

/**
 * Limits count characters as people do, and text at its limit is stored whatever the characters: an emoji is one
 * character but two UTF-16 units, which is how H2 measures its columns. Where the platform cuts text to fit (here a
 * custody entry's detail), it never cuts a character in half.
 */
@ExtendWith(ArquillianExtension.class)
class UnicodeTextIT {

    private static final String EMOJI = "📦";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    private static String emoji(int count) {
        return EMOJI.repeat(count);
    }

    @Test
    void anOrderAndItsScansAtTheirLimitsInEmoji() {
        String order = Api.unique("O");
        Map<String, Object> snapshot = Orders.snapshot(order, "buyer1", "seller1", "10.00");
        snapshot.put("items", List.of(object("sku", "S-1", "title", emoji(300), "quantity", 1, "unitPrice", "10.00")));
        snapshot.put("logistics", object("carrier", emoji(64), "trackingNumber", "SF1", "status", "SHIPPED",
                "shippedAt", "2026-11-02T08:00:00Z", "signedBy", emoji(100)));

        Api.Reply pushed = Api.as("platform1").post("/api/v1/integration/orders", snapshot);
        Api.Reply scanned = Api.as("platform1").post("/api/v1/integration/orders/" + order + "/logistics-events",
                object("status", "IN_TRANSIT", "occurredAt", "2026-11-03T08:00:00Z", "location", emoji(200),
                        "description", emoji(500), "signedBy", emoji(100)));
        Api.Reply tooLong = Api.as("platform1").post("/api/v1/integration/orders/" + order + "/logistics-events",
                object("status", "IN_TRANSIT", "occurredAt", "2026-11-03T09:00:00Z", "location", emoji(201)));

        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(201);
        assertThat(pushed.json().get("items").get(0).get("title").asText()).isEqualTo(emoji(300));
        assertThat(scanned.status()).as(scanned.toString()).isEqualTo(201);
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(tooLong.body()).contains("location");
    }

    @Test
    void aCasesTextsAtTheirLimitsInEmoji() {
        String caseNumber = Evidence.caseOfBuyer1("The parcel never arrived although the tracking says delivered.");
        String cases = "/api/v1/cases/" + caseNumber;

        Api.Reply corrected = Api.as("specialist1").put(cases + "/classification",
                object("type", "SIGN_FOR_DISPUTE", "priority", "URGENT", "reason", emoji(1000)));
        String evidence = Evidence.upload("buyer1", caseNumber, "PHOTO", emoji(500), Evidence.jpeg(40));
        Api.Reply noted = Api.as("buyer1").post(cases + "/evidence/" + evidence + "/annotations",
                object("note", emoji(2000)));
        Api.Reply withdrawn = Api.as("buyer1").post(cases + "/evidence/" + evidence + "/withdrawal",
                object("reason", emoji(500)));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(noted.status()).as(noted.toString()).isEqualTo(201);
        assertThat(noted.json().get("note").asText()).isEqualTo(emoji(2000));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(Api.as("buyer1").get(cases + "/evidence/" + evidence).json().get("caption").asText())
                .isEqualTo(emoji(500));
        // The entry's detail is cut at 1000 UTF-16 units: "note: ", 496 emoji and "…", not half of the 497th.
        JsonNode chain = Api.as("buyer1").get(cases + "/custody").json().get("entries");
        String annotated = null;
        for (JsonNode entry : chain) {
            if (entry.get("event").asText().equals("ANNOTATED")) {
                annotated = entry.get("entry").asText();
            }
        }
        assertThat(annotated).contains("\ndetail: note: " + emoji(496) + "…\n");
    }
}
