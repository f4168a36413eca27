package org.arbiter.it;

import static org.arbiter.it.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
        Api.Reply nonsense = Api.as("buyer2").put("/api/v1/cases/AR-000000-0000000/classification",
                object("type", "OTHER", "reason", "mine now"));

        // Staff work is refused by role, before the case is looked up: the same answer for any case number.
        for (Api.Reply refused : List.of(correct, assign, nonsense)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.json().get("detail").asText()).isEqualTo(nonsense.json().get("detail").asText());
        }
        assertThat(correct.body()).doesNotContain("buyer1");
    }

    @Test
    void aPartyIsRefusedStaffWorkWhateverItSends() {
        String cases = "/api/v1/cases/" + caseNumber;
        String photo = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "the jacket"), Evidence.jpeg(41))
                .json().get("id").asText();
        byte[] broken = "{\"type\": [".getBytes(StandardCharsets.UTF_8);
        byte[] wrongTypes = "{\"type\": 7, \"assignee\": {}, \"from\": false, \"text\": 1, \"mark\": []}"
                .getBytes(StandardCharsets.UTF_8);
        for (byte[] body : List.of(broken, wrongTypes, new byte[0])) {
            for (Api.Reply refused : List.of(
                    Api.as("buyer1").raw("PUT", cases + "/classification", "application/json", body),
                    Api.as("buyer1").raw("PUT", cases + "/assignee", "application/json", body),
                    Api.as("buyer1").raw("POST", cases + "/information-requests", "application/json", body),
                    Api.as("buyer1").raw("POST", cases + "/evidence/" + photo + "/mark", "application/json", body),
                    Api.as("seller1").raw("POST", "/api/v1/classification", "application/json", body))) {
                assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.json().get("type").asText()).isEqualTo("/problems/forbidden");
            }
        }
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
    void aColleagueDoesNotWorkACaseInSomeoneElsesHands() {
        String cases = "/api/v1/cases/" + caseNumber;
        String photo = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "the jacket"), Evidence.jpeg(43))
                .json().get("id").asText();
        assertThat(Api.as("specialist1").put(cases + "/assignee", object("assignee", "specialist1")).status()).isEqualTo(200);

        for (Api.Reply refused : List.of(
                Api.as("specialist2").put(cases + "/classification", object("type", "OTHER", "reason", "mine now")),
                Api.as("specialist2").post(cases + "/information-requests",
                        object("from", "RESPONDENT", "question", "Which colour did you send?")),
                Api.as("specialist2").post(cases + "/evidence/" + photo + "/mark",
                        object("mark", "REJECTED", "reason", "looks edited")))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.json().get("type").asText()).isEqualTo("/problems/forbidden");
            assertThat(refused.json().get("detail").asText()).contains("is assigned to specialist1");
        }
        JsonNode untouched = Api.as("specialist1").get(cases).json();
        assertThat(untouched.path("category").path("type").asText()).isNotEqualTo("OTHER");
        assertThat(Api.as("reviewer1").get(cases + "/audit").json().toString())
                .doesNotContain("INFORMATION_REQUESTED").doesNotContain("CLASSIFICATION_CORRECTED");

        // The assignee works it; so does a supervisor.
        Api.Reply byAssignee = Api.as("specialist1").put(cases + "/classification",
                object("type", "NOT_AS_DESCRIBED", "reason", "colour and size both wrong"));
        assertThat(byAssignee.status()).as(byAssignee.toString()).isEqualTo(200);
        Api.Reply bySupervisor = Api.as("supervisor1").post(cases + "/information-requests",
                object("from", "RESPONDENT", "question", "Which colour did you send?"));
        assertThat(bySupervisor.status()).as(bySupervisor.toString()).isEqualTo(200);
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

    @Test
    void aStaffAccountThatIsAPartyTakesPartAsThatPartyAndWorksNothingOfTheCase() {
        // specialist2's own shop sold the order: on this case specialist2 is the respondent, not a specialist.
        String order = Orders.push("buyer1", "specialist2", "60.00");
        String own = Api.as("buyer1").post("/api/v1/complaints",
                Orders.complaint(order, "The parcel never arrived and the tracking has not moved for a week.", "60.00"))
                .json().get("caseNumber").asText();
        Api.Reply classified = Api.as("specialist1").put("/api/v1/cases/" + own + "/classification",
                object("type", "NOT_RECEIVED", "reason", "never arrived"));
        assertThat(classified.status()).as(classified.toString()).isEqualTo(200);
        Api asParty = Api.as("specialist2");

        // Not in the work queue of the account that may not work it; in everyone else's.
        assertThat(Queues.walk(asParty, "&category=NOT_RECEIVED"))
                .noneMatch(item -> item.get("caseNumber").asText().equals(own));
        assertThat(Queues.walk(Api.as("specialist1"), "&category=NOT_RECEIVED"))
                .anyMatch(item -> item.get("caseNumber").asText().equals(own));
        JsonNode seen = asParty.get("/api/v1/cases/" + own).json();
        assertThat(seen.has("staff")).as("the staff side of the case").isFalse();
        for (Api.Reply refused : List.of(
                asParty.get("/api/v1/cases/" + own + "/audit"),
                asParty.get("/api/v1/cases/" + own + "/verification"),
                asParty.put("/api/v1/cases/" + own + "/classification", object("type", "OTHER", "reason", "not mine")),
                asParty.put("/api/v1/cases/" + own + "/assignee", object("assignee", "specialist2")))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        }
        assertThat(asParty.bytes("POST", "/api/v1/cases/" + own + "/custody/export").status()).isEqualTo(403);
        Api.Reply hidden = asParty.upload(Evidence.path(own, "CHAT_LOG", "courier chat") + "&staffOnly=true",
                Evidence.chat("Courier: delivered to the locker at 18:02."));
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(400);
        assertThat(hidden.body()).contains("\"staffOnly\"");

        Api.Reply statement = asParty.post("/api/v1/cases/" + own + "/statement",
                object("text", "The parcel went into the locker the buyer chose; the courier's chat shows it."));
        assertThat(statement.status()).as(statement.toString()).isEqualTo(200);
        Api.Reply shown = asParty.upload(Evidence.path(own, "CHAT_LOG", "courier chat"),
                Evidence.chat("Courier: delivered to the locker at 18:02."));
        assertThat(shown.status()).as(shown.toString()).isEqualTo(201);
        assertThat(shown.json().get("source").asText()).isEqualTo("RESPONDENT");
        assertThat(Api.as("buyer1").get("/api/v1/cases/" + own + "/evidence").body()).contains("courier chat");

        JsonNode answered = last(Api.as("reviewer1").get("/api/v1/cases/" + own + "/audit").json(), "action",
                "STATEMENT_RECEIVED");
        assertThat(answered.get("actor").asText()).isEqualTo("specialist2");
        assertThat(answered.get("actorRole").asText()).isEqualTo("SELLER");

        // What the team is told about the case is the team's: the party's account does not read it.
        assertThat(Api.as("specialist1").post("/api/v1/cases/" + own + "/information-requests",
                object("from", "COMPLAINANT", "question", "Which locker did you choose?")).status()).isEqualTo(200);
        assertThat(Api.as("buyer1").post("/api/v1/cases/" + own + "/information-requests/answer",
                object("text", "The one at the north gate.")).status()).isEqualTo(200);
        JsonNode teamNotice = last(Api.as("specialist1").get("/api/v1/notifications?case=" + own).json().get("items"),
                "kind", "INFORMATION_RECEIVED");
        String partyInbox = asParty.get("/api/v1/notifications?case=" + own).body();
        assertThat(partyInbox).contains("COMPLAINT_FILED").doesNotContain("INFORMATION_RECEIVED");
        assertThat(asParty.raw("POST", "/api/v1/notifications/" + teamNotice.get("id").asText() + "/read", null,
                new byte[0]).status()).isEqualTo(404);

        // A colleague works it; nobody can hand it to the party.
        Api.Reply toParty = Api.as("supervisor1").put("/api/v1/cases/" + own + "/assignee", object("assignee", "specialist2"));
        assertThat(toParty.status()).as(toParty.toString()).isEqualTo(400);
        assertThat(Api.as("specialist1").put("/api/v1/cases/" + own + "/assignee", object("assignee", "specialist1"))
                .status()).isEqualTo(200);
    }

    /** The last element of a JSON array whose {@code field} is {@code value}; fails the test when there is none. */
    private static JsonNode last(JsonNode array, String field, String value) {
        JsonNode found = null;
        for (JsonNode element : array) {
            if (element.path(field).asText().equals(value)) {
                found = element;
            }
        }
        assertThat(found).as(field + " " + value + " in " + array).isNotNull();
        return found;
    }
}
