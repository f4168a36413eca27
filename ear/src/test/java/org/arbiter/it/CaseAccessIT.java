package org.arbiter.it;

import static org.arbiter.it.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may read and work a case. Other people's case numbers must not be probable. */
@ExtendWith(ArquillianExtension.class)
class CaseAccessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    private String caseNumber;

    @BeforeEach
    void aCaseBetweenBuyer1AndSeller1() {
        String order = Orders.push("buyer1", "seller1", "75.00");
        Api.Reply filed = Api.as("buyer1").post("/api/v1/complaints",
                Orders.complaint(order, "The jacket is a different colour and size from the listing.", "75.00"));
        assertThat(filed.status()).isEqualTo(201);
        caseNumber = filed.json().get("caseNumber").asText();
    }

    @Test
    void anotherPartyCannotTellTheCaseFromOneThatDoesNotExist() {
        Api.Reply other = Api.as("buyer2").get("/api/v1/cases/" + caseNumber);
        Api.Reply otherSeller = Api.as("seller2").get("/api/v1/cases/" + caseNumber);
        Api.Reply platform = Api.as("platform1").get("/api/v1/cases/" + caseNumber);
        Api.Reply nonsense = Api.as("buyer2").get("/api/v1/cases/AR-000000-0000000");

        for (Api.Reply reply : List.of(other, otherSeller, platform, nonsense)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(reply.json().get("type").asText()).isEqualTo("/problems/not-found");
        }
        assertThat(other.body()).doesNotContain("buyer1");
    }

    @Test
    void anotherPartyCannotTouchItEither() {
        Api.Reply correct = Api.as("buyer2").put("/api/v1/cases/" + caseNumber + "/classification",
                object("type", "OTHER", "reason", "mine now"));
        Api.Reply assign = Api.as("buyer2").put("/api/v1/cases/" + caseNumber + "/assignee",
                object("assignee", "buyer2"));

        assertThat(correct.status()).isEqualTo(404);
        assertThat(assign.status()).isEqualTo(404);
    }

    @Test
    void staffSeeTheReasonsBehindTheCasePartiesDoNot() {
        JsonNode asSpecialist = Api.as("specialist1").get("/api/v1/cases/" + caseNumber).json();
        JsonNode asBuyer = Api.as("buyer1").get("/api/v1/cases/" + caseNumber).json();

        assertThat(asSpecialist.get("staff").get("priorityReasons").size()).isPositive();
        assertThat(asSpecialist.get("staff").get("suggestions").size()).isPositive();
        assertThat(asBuyer.has("staff")).isFalse();
        assertThat(asBuyer.toString()).doesNotContain("priorityReasons").doesNotContain("suggestions");
    }

    @Test
    void theAuditTrailIsForStaff() {
        Api.Reply asReviewer = Api.as("reviewer1").get("/api/v1/cases/" + caseNumber + "/audit");
        Api.Reply asBuyer = Api.as("buyer1").get("/api/v1/cases/" + caseNumber + "/audit");

        assertThat(asReviewer.status()).isEqualTo(200);
        JsonNode first = asReviewer.json().get(0);
        assertThat(first.get("action").asText()).isEqualTo("FILED");
        assertThat(first.get("actor").asText()).isEqualTo("buyer1");
        assertThat(first.get("actorRole").asText()).isEqualTo("BUYER");
        assertThat(asBuyer.status()).isEqualTo(403);
    }

    @Test
    void aSpecialistTakesTheCaseAndASupervisorReassignsIt() {
        Api.Reply taken = Api.as("specialist1").put("/api/v1/cases/" + caseNumber + "/assignee", object("assignee", "specialist1"));
        Api.Reply stolen = Api.as("specialist2").put("/api/v1/cases/" + caseNumber + "/assignee", object("assignee", "specialist2"));
        Api.Reply reassigned = Api.as("supervisor1").put("/api/v1/cases/" + caseNumber + "/assignee",
                object("assignee", "specialist2", "reason", "specialist1 is on leave"));
        Api.Reply byBuyer = Api.as("buyer1").put("/api/v1/cases/" + caseNumber + "/assignee", object("assignee", "buyer1"));

        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        assertThat(taken.json().get("assignee").asText()).isEqualTo("specialist1");
        assertThat(stolen.status()).isEqualTo(409);
        assertThat(stolen.json().get("type").asText()).isEqualTo("/problems/illegal-transition");
        assertThat(reassigned.json().get("assignee").asText()).isEqualTo("specialist2");
        assertThat(byBuyer.status()).isEqualTo(403);
        JsonNode mine = Api.as("specialist2").get("/api/v1/cases?assignee=me&limit=100").json();
        assertThat(mine.get("items").toString()).contains(caseNumber);
    }

    @Test
    void aSupervisorAssignsOnlyKnownSpecialistsAndSupervisorsAndTheClockKeepsRunningOtherwise() {
        for (String nobodyToWorkIt : List.of("specilaist1", "reviewer1", "seller1", "buyer2")) {
            Api.Reply refused = Api.as("supervisor1").put("/api/v1/cases/" + caseNumber + "/assignee",
                    object("assignee", nobodyToWorkIt, "reason", "balancing the queue"));

            assertThat(refused.status()).as(nobodyToWorkIt + ": " + refused).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("assignee");
        }
        JsonNode untouched = Api.as("supervisor1").get("/api/v1/cases/" + caseNumber).json();
        assertThat(untouched.has("assignee")).isFalse();
        assertThat(untouched.get("deadlines").toString()).contains("FIRST_RESPONSE");

        // specialist2 is listed by the demo configuration: assignable before signing in once.
        Api.Reply assigned = Api.as("supervisor1").put("/api/v1/cases/" + caseNumber + "/assignee",
                object("assignee", "specialist2", "reason", "balancing the queue"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(Api.as("supervisor1").put("/api/v1/cases/" + caseNumber + "/assignee",
                object("assignee", "supervisor1")).status()).as("a supervisor takes it themselves").isEqualTo(200);
    }
}
