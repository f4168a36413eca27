package org.arbiter.it;

import static org.arbiter.it.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A full intake over HTTP, as each role. */
@ExtendWith(ArquillianExtension.class)
class IntakeApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    @Test
    void aBuyerFilesAComplaintAndGetsTheAcknowledgementReceipt() {
        String order = Orders.push("buyer1", "seller1", "199.00");

        Api.Reply reply = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order,
                "The parcel shows as delivered to a locker but I never received it.", "199.00"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode receipt = reply.json();
        String caseNumber = receipt.get("caseNumber").asText();
        assertThat(caseNumber).matches("AR-\\d{6}-[0-9A-HJKMNP-TV-Z]{7}");
        assertThat(reply.header("Location")).isEqualTo(Api.baseUrl() + "/api/v1/cases/" + caseNumber);
        assertThat(receipt.get("status").asText()).isIn("AWAITING_RESPONSE", "SUBMITTED");
        assertThat(receipt.get("priority").asText()).isIn("URGENT", "HIGH", "NORMAL");
        assertThat(receipt.get("language").asText()).isEqualTo("en");
        assertThat(receipt.get("acknowledgement").asText()).contains(caseNumber).contains(order);
        List<String> kinds = new ArrayList<>();
        receipt.get("deadlines").forEach(d -> kinds.add(d.get("kind").asText()));
        assertThat(kinds).contains("FIRST_RESPONSE", "RESOLUTION");
        if (receipt.get("status").asText().equals("AWAITING_RESPONSE")) {
            assertThat(kinds).contains("RESPONDENT_EVIDENCE");
            assertThat(receipt.get("category").get("confidence").asDouble()).isBetween(0.0, 1.0);
        }

        JsonNode asBuyer = Api.as("buyer1").get("/api/v1/cases/" + caseNumber).json();
        assertThat(asBuyer.get("complainant").get("userId").asText()).isEqualTo("buyer1");
        assertThat(asBuyer.get("respondent").get("userId").asText()).isEqualTo("seller1");
        assertThat(asBuyer.get("claimedAmount").asText()).isEqualTo("199.00");
        assertThat(asBuyer.has("staff")).isFalse();

        Api.Reply asSeller = Api.as("seller1").get("/api/v1/cases/" + caseNumber);
        assertThat(asSeller.status()).isEqualTo(200);
        assertThat(asSeller.json().has("staff")).isFalse();
    }

    @Test
    void aSellerFilesAgainstTheBuyerOfTheirOrder() {
        String order = Orders.push("buyer2", "seller2", "560.00");

        Api.Reply reply = Api.as("seller2").post("/api/v1/complaints", object("orderId", order,
                "description", "The buyer returned a different, used item instead of the phone we shipped.",
                "claimedAmount", "560.00", "currency", "CNY", "desiredRemedy", "COMPENSATION"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode view = Api.as("seller2").get("/api/v1/cases/" + reply.json().get("caseNumber").asText()).json();
        assertThat(view.get("complainant").get("side").asText()).isEqualTo("SELLER");
        assertThat(view.get("respondent").get("userId").asText()).isEqualTo("buyer2");
        assertThat(view.get("desiredRemedy").asText()).isEqualTo("COMPENSATION");
    }

    @Test
    void aChineseComplaintIsAcknowledgedInChinese() {
        String order = Orders.push("buyer1", "seller1", "88.00");

        Api.Reply reply = Api.as("buyer1").post("/api/v1/complaints", object("orderId", order,
                "description", "快递显示已经签收了，但是我根本没有收到包裹，快递柜里也没有。",
                "claimedAmount", "88.00", "currency", "CNY", "desiredRemedy", "REFUND_ONLY"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().get("language").asText()).isEqualTo("zh");
        assertThat(reply.json().get("acknowledgement").asText()).contains("我们已受理").contains(order);
    }

    /** Language tags are case-insensitive (BCP 47): "ZH-Hans" is Chinese, as "zh" is. */
    @Test
    void aLanguageTagInCapitalsIsTheSameLanguage() {
        String order = Orders.push("buyer1", "seller1", "88.00");

        Api.Reply reply = Api.as("buyer1").post("/api/v1/complaints", object("orderId", order,
                "description", "The parcel was marked delivered but it never reached me.",
                "claimedAmount", "88.00", "currency", "CNY", "desiredRemedy", "REFUND_ONLY", "language", "ZH-Hans"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().get("language").asText()).isEqualTo("zh");
        assertThat(reply.json().get("acknowledgement").asText()).contains("我们已受理");
    }

    @Test
    void personalNumbersAreMaskedBeforeTheyAreStoredAndTheReplySaysSo() {
        String order = Orders.push("buyer1", "seller1", "300.00");

        Api.Reply reply = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order,
                "Charged twice on card 4111 1111 1111 1111; my ID is 11010519491231002X if you need it.", "300.00"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode masked = reply.json().get("masked");
        assertThat(masked.toString()).contains("RESIDENT_ID").contains("BANK_CARD");
        assertThat(reply.json().get("acknowledgement").asText()).contains("never stored");
        String stored = Api.as("buyer1").get("/api/v1/cases/" + reply.json().get("caseNumber").asText())
                .json().get("description").asText();
        assertThat(stored).contains("**** **** **** 1111").contains("**************002X")
                .doesNotContain("4111 1111 1111 1111").doesNotContain("110105194912");
    }

    @Test
    void onlyTheBuyerOrSellerFilesComplaints() {
        String order = Orders.push("buyer1", "seller1", "50.00");
        for (String staff : List.of("specialist1", "reviewer1", "supervisor1", "platform1")) {
            Api.Reply reply = Api.as(staff).post("/api/v1/complaints",
                    Orders.complaint(order, "Filing on behalf of somebody else is not allowed.", "50.00"));

            assertThat(reply.status()).as(staff + ": " + reply).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("type").asText()).isEqualTo("/problems/forbidden");
        }
    }

    @Test
    void someoneElsesOrderLooksExactlyLikeAMissingOne() {
        String order = Orders.push("buyer1", "seller1", "50.00");

        Api.Reply notYours = Api.as("buyer2").post("/api/v1/complaints",
                Orders.complaint(order, "This order is not mine but I complain anyway.", "50.00"));
        Api.Reply missing = Api.as("buyer2").post("/api/v1/complaints",
                Orders.complaint("O-does-not-exist", "This order is not mine but I complain anyway.", "50.00"));

        assertThat(notYours.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(notYours.json().get("type").asText()).isEqualTo(missing.json().get("type").asText());
        assertThat(notYours.json().get("detail").asText()).doesNotContain("buyer1").doesNotContain("seller1");
    }

    @Test
    void withoutValidCredentialsThereIsNoAccess() {
        Api.Reply anonymous = Api.anonymous().get("/api/v1/cases");
        Api.Reply wrongPassword = Api.withPassword("buyer1", "not-the-password").get("/api/v1/cases");
        // Not base64 at all: Elytron's Basic mechanism would throw on it (a 500), on the public ledger as well.
        Api.Reply garbled = Api.authorization(Api.baseUrl(), "Basic !!!notbase64").get("/api/v1/cases");
        Api.Reply garbledOnLedger = Api.authorization(Api.baseUrl(), "Basic ====").get("/api/v1/ledger/tree-head");
        // buyer1:demo without its padding: WildFly's decoder wants the padding and would throw as well.
        Api.Reply unpadded = Api.authorization(Api.baseUrl(), "Basic YnV5ZXIxOmRlbW8").get("/api/v1/cases");

        for (Api.Reply reply : List.of(anonymous, wrongPassword, garbled, garbledOnLedger, unpadded)) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("type").asText()).isEqualTo("/problems/unauthenticated");
        }
    }

    @Test
    void filingsBeyondTheAdmissionLimitWaitTheirTurnInsteadOfBeingRefused() throws Exception {
        // Six times the default limit of two at once: every filing is answered, none with 503.
        int filings = 12;
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < filings; i++) {
            orders.add(Orders.push("buyer1", "seller1", "80.00"));
        }
        ExecutorService clients = Executors.newFixedThreadPool(filings);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (String order : orders) {
                replies.add(clients.submit(() -> Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order,
                        "The parcel never arrived and the tracking stopped updating a week ago.", "80.00"))));
            }
            for (Future<Api.Reply> reply : replies) {
                Api.Reply answered = reply.get(60, TimeUnit.SECONDS);
                assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
