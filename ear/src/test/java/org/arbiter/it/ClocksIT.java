package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deadline engine for real, on a second server whose clocks last seconds (the respondent's window is 2 s,
 * see the ear pom's it2.* properties): a window fires once and moves the case, a cancelled clock does not
 * fire, a deadline due while the server was down fires when it is back, notifications reach the webhook
 * signed and retried, and on PostgreSQL two servers racing over the same due clocks take each action once.
 */
@ExtendWith(ArquillianExtension.class)
class ClocksIT {

    private static final String CLOCKS = "clocks";
    private static final String BASE = System.getProperty("arbiter.it2.base-url", "http://localhost:8280");

    private static WebhookReceiver receiver;
    private static boolean deployedOnce;

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = CLOCKS, managed = false, testable = false)
    @TargetsContainer(CLOCKS)
    static EnterpriseArchive clocks() {
        return Deployments.arbiterEar();
    }

    /** The first server runs the application too: on PostgreSQL its engine races the second one. */
    @Deployment(name = "primary", testable = false)
    @TargetsContainer("primary")
    static EnterpriseArchive primary() {
        return Deployments.arbiterEar();
    }

    @BeforeEach
    void theServerWithShortClocks() throws IOException {
        if (receiver == null) {
            receiver = new WebhookReceiver(Integer.getInteger("arbiter.it2.webhook.port", 18181));
        }
        if (!controller.isStarted(CLOCKS)) {
            controller.start(CLOCKS);
            // After a restart the server deploys what it had deployed before.
            if (!deployedOnce) {
                deployer.deploy(CLOCKS);
                deployedOnce = true;
            }
        }
    }

    /** Arquillian stops the server at the end of the run; its base directory is made afresh by the next build. */
    @AfterAll
    static void closeTheReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    /** Files a complaint on the short-clock server and makes sure the respondent's window is running. */
    private static String fileAwaitingResponse(String buyer, String seller) {
        String order = Orders.push(Api.at(BASE, "platform1"), buyer, seller, "60.00");
        JsonNode receipt = Api.at(BASE, buyer).post("/api/v1/complaints", Orders.complaint(order,
                "The parcel never arrived and the tracking has not moved for a week.", "60.00")).json();
        String caseNumber = receipt.get("caseNumber").asText();
        if (receipt.get("awaitingClassification").asBoolean()) {
            Api.at(BASE, "specialist1").put("/api/v1/cases/" + caseNumber + "/classification",
                    Api.object("type", "NOT_RECEIVED", "reason", "parcel never arrived"));
        }
        return caseNumber;
    }

    private static JsonNode caseOn(String base, String caseNumber) {
        return Api.at(base, "specialist1").get("/api/v1/cases/" + caseNumber).json();
    }

    private static List<String> actions(String base, String caseNumber) {
        List<String> actions = new ArrayList<>();
        Api.at(base, "specialist1").get("/api/v1/cases/" + caseNumber + "/audit").json()
                .forEach(entry -> actions.add(entry.get("action").asText()));
        return actions;
    }

    private static long count(List<String> values, String value) {
        return values.stream().filter(value::equals).count();
    }

    private static List<String> noticeKinds(String base, String user, String caseNumber) {
        List<String> kinds = new ArrayList<>();
        Api.at(base, user).get("/api/v1/notifications?limit=100&case=" + caseNumber).json().get("items")
                .forEach(n -> kinds.add(n.get("kind").asText()));
        return kinds;
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant giveUp = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(giveUp);
            Thread.sleep(250);
        }
    }

    @Test
    void theRespondentsWindowFiresOnceAndMovesTheCase() throws Exception {
        String caseNumber = fileAwaitingResponse("buyer1", "seller1");
        assertThat(caseOn(BASE, caseNumber).get("status").asText()).isEqualTo("AWAITING_RESPONSE");

        await("the window to close", Duration.ofSeconds(30),
                () -> caseOn(BASE, caseNumber).get("status").asText().equals("UNDER_REVIEW"));
        Thread.sleep(3000);

        List<String> trail = actions(BASE, caseNumber);
        assertThat(count(trail, "RESPONDENT_WINDOW_CLOSED")).isEqualTo(1);
        assertThat(count(trail, "REMINDER")).isBetween(1L, 2L);
        JsonNode closed = null;
        for (JsonNode entry : Api.at(BASE, "specialist1").get("/api/v1/cases/" + caseNumber + "/audit").json()) {
            if (entry.get("action").asText().equals("RESPONDENT_WINDOW_CLOSED")) {
                closed = entry;
            }
        }
        assertThat(closed.get("actor").asText()).isEqualTo("system");
        assertThat(closed.get("actorRole").asText()).isEqualTo("SYSTEM");
        assertThat(count(noticeKinds(BASE, "buyer1", caseNumber), "RESPONDENT_WINDOW_CLOSED")).isEqualTo(1);
        List<String> seller = noticeKinds(BASE, "seller1", caseNumber);
        assertThat(count(seller, "RESPONDENT_WINDOW_CLOSED")).isEqualTo(1);
        assertThat(count(seller, "COMPLAINT_FILED")).isEqualTo(1);
        assertThat(seller).contains("REMINDER");
    }

    @Test
    void aWithdrawnCaseFiresNothing() throws Exception {
        String caseNumber = fileAwaitingResponse("buyer1", "seller1");

        Api.Reply withdrawn = Api.at(BASE, "buyer1").post("/api/v1/cases/" + caseNumber + "/withdrawal",
                Api.object("reason", "the parcel turned up at a neighbour's"));
        Thread.sleep(6000);

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("deadlines").size()).isZero();
        assertThat(caseOn(BASE, caseNumber).get("status").asText()).isEqualTo("WITHDRAWN");
        List<String> trail = actions(BASE, caseNumber);
        assertThat(trail).doesNotContain("RESPONDENT_WINDOW_CLOSED");
        assertThat(trail.subList(trail.indexOf("WITHDRAWN"), trail.size())).containsExactly("WITHDRAWN");
        assertThat(noticeKinds(BASE, "seller1", caseNumber)).contains("CASE_WITHDRAWN");
    }

    @Test
    void aDeadlineDueWhileTheServerWasDownFiresWhenItIsBack() throws Exception {
        String caseNumber = fileAwaitingResponse("buyer2", "seller2");
        controller.stop(CLOCKS);
        Thread.sleep(6000);
        Instant restarted = Instant.now();
        controller.start(CLOCKS);

        await("the missed window to fire after the restart", Duration.ofSeconds(60),
                () -> caseOn(BASE, caseNumber).get("status").asText().equals("UNDER_REVIEW"));

        JsonNode trail = Api.at(BASE, "specialist1").get("/api/v1/cases/" + caseNumber + "/audit").json();
        List<Instant> fired = new ArrayList<>();
        trail.forEach(entry -> {
            if (entry.get("action").asText().equals("RESPONDENT_WINDOW_CLOSED")) {
                fired.add(Instant.parse(entry.get("at").asText()));
            }
        });
        assertThat(fired).hasSize(1);
        if (sharedDatabase()) {
            // The first server shares the database and kept sweeping: it took over the stopped node's clock.
            assertThat(fired.get(0)).isBefore(restarted);
        } else {
            assertThat(fired.get(0)).isAfter(restarted);
        }
    }

    /** On PostgreSQL both servers use one database; on H2 each has its own file. */
    private static boolean sharedDatabase() {
        return "postgresql".equals(System.getProperty("arbiter.it.db.driver"));
    }

    @Test
    void notificationsReachTheWebhookSignedAndRetried() throws Exception {
        String caseNumber = fileAwaitingResponse("buyer1", "seller1");

        await("the webhook to accept the filing notice", Duration.ofSeconds(30), () -> receiver.accepted().stream()
                .anyMatch(n -> n.get("caseNumber").asText().equals(caseNumber) && n.get("kind").asText().equals("COMPLAINT_FILED")));

        JsonNode notice = receiver.accepted().stream()
                .filter(n -> n.get("caseNumber").asText().equals(caseNumber) && n.get("kind").asText().equals("COMPLAINT_FILED"))
                .findFirst().orElseThrow();
        assertThat(notice.get("recipient").asText()).isEqualTo("seller1");
        assertThat(receiver.attemptsOf(notice.get("id").asText())).as("refused once, delivered on the retry").isEqualTo(2);
        assertThat(receiver.badSignatures()).isZero();
    }

    @Test
    void twoServersOnOneDatabaseTakeEachActionOnce() throws Exception {
        assumeThat(sharedDatabase()).as("two servers share a database only on PostgreSQL").isTrue();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            cases.add(fileAwaitingResponse(i % 2 == 0 ? "buyer1" : "buyer2", i % 2 == 0 ? "seller1" : "seller2"));
        }
        String primary = Api.baseUrl();

        await("every window to close", Duration.ofSeconds(60), () -> cases.stream()
                .allMatch(n -> caseOn(primary, n).get("status").asText().equals("UNDER_REVIEW")));
        Thread.sleep(3000);

        for (String caseNumber : cases) {
            List<String> trail = actions(primary, caseNumber);
            assertThat(count(trail, "RESPONDENT_WINDOW_CLOSED")).as(caseNumber).isEqualTo(1);
            assertThat(count(trail, "REMINDER")).as(caseNumber).isLessThanOrEqualTo(2);
            String respondent = caseOn(primary, caseNumber).get("respondent").get("userId").asText();
            assertThat(count(noticeKinds(primary, respondent, caseNumber), "RESPONDENT_WINDOW_CLOSED")).as(caseNumber).isEqualTo(1);
        }
    }
}
