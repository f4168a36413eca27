package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Paging through 1,000 cases with keyset cursors: every case once, nearest deadline first, for a party
 * ("my cases") and for staff (the queue), with filters.
 */
@ExtendWith(ArquillianExtension.class)
class QueuePagingIT {

    private static final int CASES = 1_000;
    private static final Set<String> FILED = new HashSet<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    @BeforeAll
    static void fileAThousandComplaints() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> filings = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                String text = i % 2 == 0 ? "The parcel never arrived and tracking has not moved for a week, number " + i
                        : "The shoes I received are two sizes smaller than listed, pair number " + i;
                filings.add(() -> {
                    String order = Orders.push("buyer2", "seller2", "30.00");
                    Api.Reply filed = Api.as("buyer2").post("/api/v1/complaints", Orders.complaint(order, text, "30.00"));
                    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
                    return filed.json().get("caseNumber").asText();
                });
            }
            for (Future<String> caseNumber : pool.invokeAll(filings)) {
                FILED.add(caseNumber.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(FILED).hasSize(CASES);
    }

    private static Set<String> numbers(List<JsonNode> items) {
        Set<String> numbers = new HashSet<>();
        for (JsonNode item : items) {
            assertThat(numbers.add(item.get("caseNumber").asText())).as("each case once").isTrue();
        }
        return numbers;
    }

    @Test
    void theComplainantPagesThroughAllTheirCasesOnceEach() {
        List<JsonNode> mine = Queues.walk(Api.as("buyer2"), "");

        assertThat(numbers(mine)).containsAll(FILED);
        assertThat(mine).allMatch(item -> item.get("complainantId").asText().equals("buyer2")
                || item.get("respondentId").asText().equals("buyer2"));
    }

    @Test
    void theRespondentSeesTheCasesAgainstThem() {
        assertThat(numbers(Queues.walk(Api.as("seller2"), ""))).containsAll(FILED);
    }

    @Test
    void staffPageThroughTheWholeQueue() {
        assertThat(numbers(Queues.walk(Api.as("supervisor1"), ""))).containsAll(FILED);
    }

    @Test
    void filtersNarrowTheQueueAndKeepTheOrder() {
        JsonNode sample = FILED.stream().map(n -> Api.as("specialist1").get("/api/v1/cases/" + n).json())
                .filter(c -> c.has("category")).findFirst().orElseThrow();
        String type = sample.get("category").get("type").asText();
        String group = sample.get("category").get("group").asText();
        String priority = sample.get("priority").asText();

        List<JsonNode> byType = Queues.walk(Api.as("specialist1"), "&priority=" + priority + "&category=" + type);
        List<JsonNode> byGroup = Queues.walk(Api.as("specialist1"), "&category=" + group);

        assertThat(byType).isNotEmpty().allMatch(item -> item.get("priority").asText().equals(priority)
                && item.get("type").asText().equals(type));
        assertThat(numbers(byGroup)).contains(sample.get("caseNumber").asText());
        List<JsonNode> waiting = Queues.walk(Api.as("specialist1"), "&status=AWAITING_RESPONSE&assignee=unassigned");
        assertThat(waiting).allMatch(item -> item.get("status").asText().equals("AWAITING_RESPONSE") && !item.has("assignee"));
    }

    @Test
    void wrongFiltersAndForgedCursorsAreNamed() {
        Api.Reply status = Api.as("specialist1").get("/api/v1/cases?status=OPENISH");
        Api.Reply limit = Api.as("specialist1").get("/api/v1/cases?limit=100000");
        Api.Reply fullWidth = Api.as("specialist1").get("/api/v1/cases?limit=%EF%BC%95%EF%BC%90");
        Api.Reply cursor = Api.as("specialist1").get("/api/v1/cases?cursor=forged");
        Api.Reply huge = Api.as("specialist1").get("/api/v1/cases?status=" + "X".repeat(6000));
        Api.Reply assignee = Api.as("buyer2").get("/api/v1/cases?assignee=specialist1");
        Api.Reply noAssignee = Api.as("specialist1").get("/api/v1/cases?assignee=");
        // Misspelt, a filter would be ignored and the whole queue come back as if filtered.
        Api.Reply misspelt = Api.as("specialist1").get("/api/v1/cases?staus=CLOSED");
        // A position in one filtered list means nothing in another: it would answer an empty page as if it were the rest.
        String filteredCursor = Api.as("specialist1").get("/api/v1/cases?status=AWAITING_RESPONSE&limit=1").json()
                .get("nextCursor").asText();
        Api.Reply otherQuery = Api.as("specialist1").get("/api/v1/cases?status=CLOSED&cursor=" + filteredCursor);
        Api.Reply otherUser = Api.as("specialist2").get("/api/v1/cases?status=AWAITING_RESPONSE&assignee=me&cursor="
                + Api.as("specialist1").get("/api/v1/cases?status=AWAITING_RESPONSE&assignee=unassigned&limit=1").json()
                        .get("nextCursor").asText());
        Api.Reply sameQuery = Api.as("specialist1").get("/api/v1/cases?status=AWAITING_RESPONSE&limit=1&cursor="
                + filteredCursor);

        assertThat(status.status()).isEqualTo(400);
        assertThat(status.json().get("errors").get(0).get("field").asText()).isEqualTo("status");
        assertThat(limit.json().get("errors").get(0).get("field").asText()).isEqualTo("limit");
        assertThat(fullWidth.status()).as("full-width 50: " + fullWidth).isEqualTo(400);
        assertThat(fullWidth.json().get("errors").get(0).get("field").asText()).isEqualTo("limit");
        assertThat(cursor.json().get("errors").get(0).get("field").asText()).isEqualTo("cursor");
        // A wrong value is quoted back cut short, not echoed in full into the detail and the field's message.
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.body()).contains("(6000 characters)").hasSizeLessThan(1000);
        assertThat(assignee.status()).isEqualTo(400);
        assertThat(noAssignee.status()).as(noAssignee.toString()).isEqualTo(400);
        assertThat(noAssignee.json().get("errors").get(0).get("field").asText()).isEqualTo("assignee");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.json().get("errors").get(0).get("field").asText()).isEqualTo("staus");
        assertThat(misspelt.json().get("errors").get(0).get("message").asText()).contains("status");
        for (Api.Reply elsewhere : List.of(otherQuery, otherUser)) {
            assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(400);
            assertThat(elsewhere.json().get("errors").get(0).get("field").asText()).isEqualTo("cursor");
            assertThat(elsewhere.json().get("errors").get(0).get("message").asText()).contains("another query");
        }
        assertThat(sameQuery.status()).as(sameQuery.toString()).isEqualTo(200);
    }

    @Test
    void partiesNeverSeeOtherPeoplesCasesInTheirList() {
        List<JsonNode> buyer1 = Queues.walk(Api.as("buyer1"), "");

        assertThat(buyer1).noneMatch(item -> FILED.contains(item.get("caseNumber").asText()));
    }
}
