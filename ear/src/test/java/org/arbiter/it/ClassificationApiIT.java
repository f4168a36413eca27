package org.arbiter.it;

import static org.arbiter.it.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Classifying without filing, and a specialist's corrections. */
@ExtendWith(ArquillianExtension.class)
class ClassificationApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    @Test
    void staffClassifyATextWithoutFilingIt() {
        Api.Reply reply = Api.as("specialist1").post("/api/v1/classification",
                object("text", "Someone logged into my account from another city and stole my balance."));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode result = reply.json();
        assertThat(result.get("category").get("type").asText()).isEqualTo("ACCOUNT_SECURITY");
        assertThat(result.get("category").get("group").asText()).isEqualTo("ACCOUNT_SECURITY");
        assertThat(result.get("priority").asText()).isEqualTo("URGENT");
        assertThat(result.get("category").get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(result.get("alternatives").size()).isEqualTo(3);
        assertThat(result.get("language").asText()).isEqualTo("en");
    }

    @Test
    void partiesAndThePlatformMayNotUseTheClassifier() {
        for (String user : new String[] {"buyer1", "seller1", "platform1"}) {
            assertThat(Api.as(user).post("/api/v1/classification", object("text", "anything at all here")).status())
                    .as(user).isEqualTo(403);
        }
        assertThat(Api.as("specialist1").post("/api/v1/classification", object("text", " ")).status()).isEqualTo(400);
    }

    @Test
    void aCorrectionChangesTheCategoryMovesTheClocksAndIsAudited() {
        String order = Orders.push("buyer1", "seller1", "40.00");
        String caseNumber = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order,
                "The customer service agent insulted me and hung up when I asked about my order.", "40.00"))
                .json().get("caseNumber").asText();

        Api.Reply corrected = Api.as("specialist1").put("/api/v1/cases/" + caseNumber + "/classification",
                object("type", "ACCOUNT_SECURITY", "reason", "the chat shows a phishing link sent by the 'agent'"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        JsonNode view = corrected.json();
        assertThat(view.get("category").get("type").asText()).isEqualTo("ACCOUNT_SECURITY");
        assertThat(view.get("category").get("source").asText()).isEqualTo("SPECIALIST");
        assertThat(view.get("priority").asText()).isEqualTo("URGENT");
        Instant submitted = Instant.parse(view.get("submittedAt").asText());
        JsonNode firstResponse = view.get("deadlines").get(0);
        assertThat(firstResponse.get("kind").asText()).isEqualTo("FIRST_RESPONSE");
        assertThat(Instant.parse(firstResponse.get("dueAt").asText())).isEqualTo(submitted.plusSeconds(3600));
        JsonNode audit = Api.as("specialist1").get("/api/v1/cases/" + caseNumber + "/audit").json();
        assertThat(audit.toString()).contains("CLASSIFICATION_CORRECTED").contains("phishing");
    }

    @Test
    void anUnclearComplaintWaitsForASpecialistWhoClassifiesIt() {
        // Words the model has never seen: it can only fall back on how common each type is, far below the threshold.
        String unclear = "Zorblat quixle frandum vexor, plimth ogdrab snerk wubbit.";
        JsonNode asked = Api.as("specialist1").post("/api/v1/classification", object("text", unclear)).json();
        assertThat(asked.get("needsReview").asBoolean()).as(asked.toString()).isTrue();

        String order = Orders.push("buyer1", "seller1", "40.00");
        Api.Reply filed = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, unclear, "40.00"));
        assertThat(filed.status()).isEqualTo(201);
        JsonNode receipt = filed.json();
        assertThat(receipt.get("awaitingClassification").asBoolean()).as(receipt.toString()).isTrue();
        assertThat(receipt.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(receipt.has("category")).isFalse();

        JsonNode view = Api.as("specialist2").put("/api/v1/cases/" + receipt.get("caseNumber").asText() + "/classification",
                object("type", "OTHER", "reason", "general enquiry")).json();

        assertThat(view.get("status").asText()).isEqualTo("AWAITING_RESPONSE");
        assertThat(view.get("awaitingClassification").asBoolean()).isFalse();
    }

    @Test
    void aClearComplaintIsNotSentForReview() {
        JsonNode clear = Api.as("specialist1").post("/api/v1/classification",
                object("text", "The courier says the parcel was delivered but I never received it.")).json();
        assertThat(clear.get("needsReview").asBoolean()).as(clear.toString()).isFalse();
    }

    @Test
    void correctionsAreForSpecialistsAndNeedAReason() {
        String order = Orders.push("buyer1", "seller1", "40.00");
        String caseNumber = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order,
                "The parcel has been stuck in transit for twelve days now.", "40.00")).json().get("caseNumber").asText();
        String path = "/api/v1/cases/" + caseNumber + "/classification";

        assertThat(Api.as("buyer1").put(path, object("type", "OTHER", "reason", "x")).status()).isEqualTo(403);
        assertThat(Api.as("reviewer1").put(path, object("type", "OTHER", "reason", "x")).status()).isEqualTo(403);
        Api.Reply noReason = Api.as("specialist1").put(path, object("type", "OTHER"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        Api.Reply nothing = Api.as("specialist1").put(path, object("reason", "nothing to change"));
        assertThat(nothing.status()).isEqualTo(400);
        Api.Reply unknownType = Api.as("specialist1").put(path, object("type", "SPAM", "reason", "x"));
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().get("errors").get(0).get("field").asText()).isEqualTo("type");
    }
}
