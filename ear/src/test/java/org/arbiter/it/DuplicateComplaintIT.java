package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Filing the same complaint again while the first is open is refused with a pointer to the open case. */
@ExtendWith(ArquillianExtension.class)
class DuplicateComplaintIT {

    private static final String TEXT = "The screen of the phone arrived shattered, the box was crushed.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    @Test
    void theSameTextAgainPointsAtTheOpenCase() {
        String order = Orders.push("buyer1", "seller1", "1200.00");
        Api.Reply first = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "1200.00"));

        Api.Reply again = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, "  " + TEXT.toUpperCase() + " ", "1000.00"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("/problems/duplicate-complaint");
        assertThat(again.json().get("caseNumber").asText()).isEqualTo(first.json().get("caseNumber").asText());
    }

    @Test
    void theSameTypeInOtherWordsIsTheSameComplaint() {
        String order = Orders.push("buyer1", "seller1", "1200.00");
        Api.Reply first = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order,
                "Account hacked: someone changed my password and used my balance to pay.", "1200.00"));
        String type = first.json().path("category").path("type").asText();

        Api.Reply again = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order,
                "My account was hacked, someone changed my password and spent my balance.", "1200.00"));

        Api.Reply check = Api.as("specialist1").post("/api/v1/classification",
                Api.object("text", "My account was hacked, someone changed my password and spent my balance."));
        if (check.json().get("category").get("type").asText().equals(type)) {
            assertThat(again.status()).as(again.toString()).isEqualTo(409);
            assertThat(again.json().get("caseNumber").asText()).isEqualTo(first.json().get("caseNumber").asText());
        } else {
            assertThat(again.status()).as("classified differently, so a different complaint: " + again).isEqualTo(201);
        }
    }

    @Test
    void aCorrectionThatMakesItTheOpenComplaintIsRefusedAndIsNoErrorInTheLog() throws Exception {
        String order = Orders.push("buyer1", "seller1", "1200.00");
        Api.Reply first = Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "1200.00"));
        // Words the classifier cannot place: filed, waiting for a specialist's classification, no open duplicate.
        Api.Reply unclear = Api.as("buyer1").post("/api/v1/complaints",
                Orders.complaint(order, "qwzx vbnm plkj hgfd", "1200.00"));
        assertThat(unclear.status()).as(unclear.toString()).isEqualTo(201);
        assertThat(unclear.json().get("awaitingClassification").asBoolean()).as(unclear.toString()).isTrue();
        long logEnd = ServerLog.end();

        Api.Reply corrected = Api.as("specialist1").put("/api/v1/cases/" + unclear.json().get("caseNumber").asText()
                + "/classification", Api.object("type", first.json().get("category").get("type").asText(),
                "reason", "the same complaint in other words"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(409);
        assertThat(corrected.json().get("type").asText()).isEqualTo("/problems/duplicate-complaint");
        String open = first.json().get("caseNumber").asText();
        assertThat(corrected.json().get("caseNumber").asText()).as(corrected.toString()).isEqualTo(open);
        assertThat(corrected.json().get("detail").asText()).contains(open);
        // Nothing of the refused correction was kept: the case still waits for a specialist's classification.
        Api.Reply after = Api.as("specialist1").get("/api/v1/cases/" + unclear.json().get("caseNumber").asText());
        assertThat(after.json().get("awaitingClassification").asBoolean()).as(after.toString()).isTrue();
        // The database refused the second open case, as designed; an answered refusal is not a server error.
        assertThat(ServerLog.since(logEnd)).doesNotContainIgnoringCase("uk_case_open_key").doesNotContain(" ERROR ");
    }

    @Test
    void theOtherPartyMayComplainAboutTheSameOrder() {
        String order = Orders.push("buyer1", "seller1", "1200.00");
        Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "1200.00"));

        Api.Reply seller = Api.as("seller1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "1200.00"));

        assertThat(seller.status()).as(seller.toString()).isEqualTo(201);
    }

    @Test
    void concurrentFilingsOfTheSameComplaintOpenOneCase() throws Exception {
        String order = Orders.push("buyer1", "seller1", "1200.00");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Api.Reply>> filings = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                filings.add(() -> Api.as("buyer1").post("/api/v1/complaints", Orders.complaint(order, TEXT, "1200.00")));
            }
            int created = 0;
            int refused = 0;
            String caseNumber = null;
            List<String> pointedAt = new ArrayList<>();
            for (Future<Api.Reply> reply : pool.invokeAll(filings)) {
                int status = reply.get().status();
                assertThat(status).as(reply.get().toString()).isIn(201, 409);
                created += status == 201 ? 1 : 0;
                refused += status == 409 ? 1 : 0;
                if (status == 201) {
                    caseNumber = reply.get().json().get("caseNumber").asText();
                } else {
                    pointedAt.add(reply.get().json().path("caseNumber").asText(null));
                }
            }
            assertThat(created).isEqualTo(1);
            assertThat(refused).isEqualTo(5);
            // Those that lost the race to the one that filed it, as well as those that came after, point at its case.
            assertThat(pointedAt).containsOnly(caseNumber);
        } finally {
            pool.shutdownNow();
        }
    }
}
