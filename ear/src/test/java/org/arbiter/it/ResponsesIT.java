package org.arbiter.it;

import static org.arbiter.it.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The respondent's statement, a specialist's question and its answer, over HTTP. */
@ExtendWith(ArquillianExtension.class)
class ResponsesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    private String caseNumber;

    @BeforeEach
    void aCaseAwaitingTheSellersResponse() {
        String order = Orders.push("buyer1", "seller1", "80.00");
        JsonNode receipt = Api.as("buyer1").post("/api/v1/complaints",
                Orders.complaint(order, "The parcel never arrived and the tracking stopped in Hangzhou.", "80.00")).json();
        caseNumber = receipt.get("caseNumber").asText();
        if (receipt.get("awaitingClassification").asBoolean()) {
            Api.as("specialist1").put("/api/v1/cases/" + caseNumber + "/classification",
                    object("type", "NOT_RECEIVED", "reason", "never arrived"));
        }
    }

    private static JsonNode deadline(JsonNode view, String kind) {
        for (JsonNode deadline : view.get("deadlines")) {
            if (deadline.get("kind").asText().equals(kind)) {
                return deadline;
            }
        }
        return null;
    }

    @Test
    void theRespondentsStatementSendsTheCaseToReview() {
        Api.Reply answered = Api.as("seller1").post("/api/v1/cases/" + caseNumber + "/statement",
                object("text", "Delivered to the locker the buyer chose; pickup code sent by SMS. Card 4111 1111 1111 1111."));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        JsonNode view = answered.json();
        assertThat(view.get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(deadline(view, "RESPONDENT_EVIDENCE")).isNull();
        JsonNode message = view.get("messages").get(0);
        assertThat(message.get("kind").asText()).isEqualTo("STATEMENT");
        assertThat(message.get("text").asText()).contains("**** **** **** 1111").doesNotContain("4111 1111");
        assertThat(Api.as("buyer1").get("/api/v1/notifications?case=" + caseNumber).json().toString())
                .contains("STATEMENT_RECEIVED");
        assertThat(Api.as("seller1").post("/api/v1/cases/" + caseNumber + "/statement", object("text", "again")).status())
                .isEqualTo(409);
    }

    @Test
    void onlyTheComplainantWithdrawsAndOnlyAnOpenCase() {
        String path = "/api/v1/cases/" + caseNumber + "/withdrawal";
        assertThat(Api.as("seller1").post(path, object("reason", "not mine to withdraw")).status()).isEqualTo(403);
        assertThat(Api.as("buyer2").post(path, object("reason", "someone else's case")).status()).isEqualTo(404);
        Api.Reply tooLong = Api.as("buyer1").post(path, object("reason", "x".repeat(1001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().toString()).contains("reason");

        Api.Reply withdrawn = Api.as("buyer1").post(path, object("reason", "the parcel turned up"));

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().get("deadlines").size()).isZero();
        assertThat(Api.as("buyer1").post(path, object("reason", "again")).status()).isEqualTo(409);
        assertThat(Api.as("seller1").get("/api/v1/notifications?case=" + caseNumber).json().toString())
                .contains("CASE_WITHDRAWN");
    }

    @Test
    void onlyTheRespondentMakesTheStatement() {
        assertThat(Api.as("buyer1").post("/api/v1/cases/" + caseNumber + "/statement", object("text", "me")).status())
                .isEqualTo(403);
        assertThat(Api.as("seller2").post("/api/v1/cases/" + caseNumber + "/statement", object("text", "me")).status())
                .isEqualTo(404);
        Api.Reply blank = Api.as("seller1").post("/api/v1/cases/" + caseNumber + "/statement", object("text", "   "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors")).as("one error, not one per rule").hasSize(1);
        // Characters as people count them: 5,001 of them are too many, whatever their UTF-16 length.
        Api.Reply tooLong = Api.as("seller1").post("/api/v1/cases/" + caseNumber + "/statement",
                object("text", "\uD840\uDC00".repeat(5001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("message").asText()).isEqualTo("must be at most 5000 characters");
        // No-break and ideographic spaces are no statement either, and do not move the case on.
        Api.Reply invisible = Api.as("seller1").post("/api/v1/cases/" + caseNumber + "/statement",
                object("text", "\u00A0\u3000\u200B"));
        assertThat(invisible.status()).as(invisible.toString()).isEqualTo(400);
        assertThat(invisible.json().get("errors").get(0).get("field").asText()).isEqualTo("text");
        assertThat(Api.as("seller1").get("/api/v1/cases/" + caseNumber).json().get("status").asText())
                .isEqualTo("AWAITING_RESPONSE");

        Api.Reply rareCharacters = Api.as("seller1").post("/api/v1/cases/" + caseNumber + "/statement",
                object("text", "\uD840\uDC00".repeat(2600)));
        assertThat(rareCharacters.status()).as("2,600 characters, 5,200 UTF-16 units").isEqualTo(200);
    }

    @Test
    void aQuestionPausesTheCasesClocksUntilTheAnswer() {
        Api.Reply asked = Api.as("specialist1").post("/api/v1/cases/" + caseNumber + "/information-requests",
                object("from", "COMPLAINANT", "question", "Please send a photo of the locker screen."));

        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        JsonNode resolution = deadline(asked.json(), "RESOLUTION");
        assertThat(resolution.get("state").asText()).isEqualTo("PAUSED");
        assertThat(resolution.get("remaining").asText()).startsWith("PT");
        assertThat(deadline(asked.json(), "INFORMATION_REQUEST").get("owedBy").asText()).isEqualTo("COMPLAINANT");
        assertThat(deadline(asked.json(), "FIRST_RESPONSE")).as("asking is a first response").isNull();
        assertThat(Api.as("buyer1").get("/api/v1/notifications?case=" + caseNumber).json().toString())
                .contains("INFORMATION_REQUESTED");
        assertThat(Api.as("seller1").post("/api/v1/cases/" + caseNumber + "/information-requests/answer",
                object("text", "not me")).status()).isEqualTo(403);

        JsonNode answered = Api.as("buyer1").post("/api/v1/cases/" + caseNumber + "/information-requests/answer",
                object("text", "Photo attached: the locker was empty.")).json();

        assertThat(deadline(answered, "RESOLUTION").get("state").asText()).isEqualTo("RUNNING");
        assertThat(deadline(answered, "INFORMATION_REQUEST")).isNull();
        assertThat(answered.get("messages").size()).isEqualTo(2);
        assertThat(Api.as("buyer1").post("/api/v1/cases/" + caseNumber + "/information-requests/answer",
                object("text", "again")).status()).isEqualTo(409);
    }

    @Test
    void evidenceFromTheAskedPartyAnswersTheQuestion() {
        Api.as("specialist1").post("/api/v1/cases/" + caseNumber + "/information-requests",
                object("from", "COMPLAINANT", "question", "Please send a photo of the locker screen."));
        Evidence.upload("seller1", caseNumber, "PHOTO", "our courier's photo", Evidence.jpeg(41));
        JsonNode meanwhile = Api.as("specialist1").get("/api/v1/cases/" + caseNumber).json();
        assertThat(deadline(meanwhile, "RESOLUTION").get("state").asText()).as("the seller was not asked").isEqualTo("PAUSED");

        String photo = Evidence.upload("buyer1", caseNumber, "PHOTO", "the locker screen", Evidence.jpeg(42));

        JsonNode answered = Api.as("specialist1").get("/api/v1/cases/" + caseNumber).json();
        assertThat(deadline(answered, "RESOLUTION").get("state").asText()).isEqualTo("RUNNING");
        assertThat(deadline(answered, "INFORMATION_REQUEST")).isNull();
        assertThat(Api.as("specialist1").get("/api/v1/cases/" + caseNumber + "/audit").body())
                .contains("INFORMATION_RECEIVED");
        JsonNode messages = answered.get("messages");
        assertThat(messages.get(messages.size() - 1).get("text").asText())
                .isEqualTo("Answered with photo #" + photo + ": the locker screen");
    }

    @Test
    void questionsAreForStaffAndNeedAParty() {
        String path = "/api/v1/cases/" + caseNumber + "/information-requests";
        assertThat(Api.as("buyer1").post(path, object("from", "RESPONDENT", "question", "?")).status()).isEqualTo(403);
        Api.Reply platform = Api.as("specialist1").post(path, object("from", "PLATFORM", "question", "?"));
        assertThat(platform.status()).isEqualTo(400);
        assertThat(platform.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
        // The answer offers only what it takes: a question is put to one of the two parties.
        assertThat(platform.json().get("errors").get(0).get("message").asText()).contains("COMPLAINANT")
                .contains("RESPONDENT").doesNotContain("PLATFORM");
    }

    /**
     * A notice is written in its case's language, its times in that language's zone, as the acknowledgement is; so
     * is what the platform itself writes on the case.
     */
    @Test
    void aChineseComplaintsNoticesAreInChineseWithBeijingTime() {
        String order = Orders.push("buyer2", "seller2", "60.00");
        java.util.Map<String, Object> complaint = new java.util.HashMap<>(Orders.complaint(order, "快递显示已签收，但是我根本没有收到包裹。", "60.00"));
        complaint.put("language", "zh");
        JsonNode receipt = Api.as("buyer2").post("/api/v1/complaints", complaint).json();
        String chinese = receipt.get("caseNumber").asText();

        String filed = Api.as("seller2").get("/api/v1/notifications?case=" + chinese).json().get("items").get(0)
                .get("message").asText();
        String english = Api.as("seller1").get("/api/v1/notifications?case=" + caseNumber).json().get("items").get(0)
                .get("message").asText();

        assertThat(filed).startsWith("buyer2 就订单 " + order + " 提起了投诉，案件编号 " + chinese);
        if (!receipt.get("awaitingClassification").asBoolean()) {
            assertThat(filed).contains("请在").contains("（北京时间）之前提交说明和证据");
        }
        assertThat(english).startsWith("buyer1 filed complaint " + caseNumber + " about order");

        // What the platform writes on the case is in the case's language too: the answer a photo gives.
        Api.as("specialist1").post("/api/v1/cases/" + chinese + "/information-requests",
                object("from", "COMPLAINANT", "question", "请上传快递柜屏幕的照片。"));
        String photo = Evidence.upload("buyer2", chinese, "PHOTO", "快递柜屏幕", Evidence.jpeg(48));
        JsonNode messages = Api.as("buyer2").get("/api/v1/cases/" + chinese).json().get("messages");
        assertThat(messages.get(messages.size() - 1).get("text").asText()).isEqualTo("以照片（#" + photo + "）作答：快递柜屏幕");
    }

    @Test
    void theInboxIsPersonalAndCanBeMarkedRead() {
        JsonNode inbox = Api.as("seller1").get("/api/v1/notifications?case=" + caseNumber).json();
        JsonNode filed = inbox.get("items").get(0);
        assertThat(filed.get("kind").asText()).isEqualTo("COMPLAINT_FILED");
        String id = filed.get("id").asText();

        assertThat(Api.as("seller2").raw("POST", "/api/v1/notifications/" + id + "/read", null, new byte[0]).status())
                .isEqualTo(404);
        assertThat(Api.as("seller1").raw("POST", "/api/v1/notifications/" + id + "/read", null, new byte[0]).status())
                .isEqualTo(204);
        assertThat(Api.as("seller1").get("/api/v1/notifications?unread=true&case=" + caseNumber).json().get("items").size())
                .isZero();
        // Written as it is read aloud, it is the same case.
        assertThat(Api.as("seller1").get("/api/v1/notifications?case=" + caseNumber.toLowerCase(java.util.Locale.ROOT))
                .json().get("items").get(0).get("id").asText()).isEqualTo(id);
        assertThat(Api.as("seller1").get("/api/v1/notifications?limit=0").status()).isEqualTo(400);
    }

    @Test
    void aBadInboxQueryNamesTheWrongParameter() {
        for (String query : new String[] {"limit=4294967346", "limit=ten", "cursor=abc", "cursor=-5", "unread=yes",
                "case=garbage", "case=AR-261130-Y2QHK1G",
                // Digits that are not ASCII ("٣", "５"): Java would read them as 3 and 5.
                "limit=%D9%A3", "cursor=%EF%BC%95", "limit=%2B5"}) {
            Api.Reply reply = Api.as("seller1").get("/api/v1/notifications?" + query);
            String parameter = query.substring(0, query.indexOf('='));
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().toString()).as(query).contains(parameter);
        }
        assertThat(Api.as("seller1").raw("POST", "/api/v1/notifications/not-a-number/read", null, new byte[0]).status())
                .isEqualTo(404);
    }
}
