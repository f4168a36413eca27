package org.arbiter.it;

import static org.arbiter.it.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

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
 * Every write on a case takes an Idempotency-Key (DESIGN.md §6): a client that retries after a timeout gets the
 * first answer, marked as a replay, and the write happened once: one piece of evidence, one custody entry, one note.
 */
@ExtendWith(ArquillianExtension.class)
class IdempotentWritesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    private String caseNumber;

    @BeforeEach
    void aCaseAwaitingTheSellersResponse() {
        caseNumber = Evidence.caseOfBuyer1("The parcel never arrived and the tracking stopped in Hangzhou.");
    }

    private String casePath() {
        return "/api/v1/cases/" + caseNumber;
    }

    private static Map<String, String> key(String key) {
        return Map.of("Idempotency-Key", key);
    }

    private List<String> custodyEvents() {
        List<String> events = new ArrayList<>();
        for (JsonNode entry : Api.as("buyer1").get(casePath() + "/custody").json().get("entries")) {
            events.add(entry.get("event").asText());
        }
        return events;
    }

    private long auditActions(String action) {
        long count = 0;
        for (JsonNode entry : Api.as("specialist2").get(casePath() + "/audit").json()) {
            count += entry.get("action").asText().equals(action) ? 1 : 0;
        }
        return count;
    }

    @Test
    void aRetriedUploadIsStoredOnceAndAnsweredAsTheFirstTime() {
        String key = Api.unique("upload");
        String path = Evidence.path(caseNumber, "PHOTO", "the empty locker");
        byte[] photo = Evidence.jpeg(41);

        Api.Reply first = Api.as("buyer1").upload(path, photo, key(key));
        Api.Reply retry = Api.as("buyer1").upload(path, photo, key(key));
        Api.Reply otherFile = Api.as("buyer1").upload(path, Evidence.jpeg(42), key(key));
        Api.Reply otherUser = Api.as("seller1").upload(path, photo, key(key));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(otherFile.status()).as("the key with another file: " + otherFile).isEqualTo(422);
        assertThat(otherFile.json().get("type").asText()).isEqualTo("/problems/idempotency-key-reused");
        // Keys are the caller's own: the seller's upload under the same key is the seller's first.
        assertThat(otherUser.status()).as(otherUser.toString()).isEqualTo(201);
        assertThat(otherUser.header("Idempotent-Replayed")).isNull();
        assertThat(Api.as("buyer1").get(casePath() + "/evidence").json().get("items"))
                .extracting(item -> item.get("submittedBy").asText()).containsExactlyInAnyOrder("buyer1", "seller1");
        assertThat(custodyEvents()).containsExactly("SUBMITTED", "SUBMITTED");
    }

    @Test
    void aRetriedNoteOrWithdrawalHappensOnce() {
        String id = Evidence.upload("buyer1", caseNumber, "PHOTO", "the locker", Evidence.jpeg(43));
        String annotations = casePath() + "/evidence/" + id + "/annotations";
        String noteKey = Api.unique("note");

        Api.Reply note = Api.as("buyer1").write("POST", annotations, object("note", "The locker was empty."), key(noteKey));
        Api.Reply noteAgain = Api.as("buyer1").write("POST", annotations, object("note", "The locker was empty."), key(noteKey));
        Api.Reply otherNote = Api.as("buyer1").write("POST", annotations, object("note", "Something else."), key(noteKey));

        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        assertThat(noteAgain.status()).isEqualTo(201);
        assertThat(noteAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(noteAgain.json()).isEqualTo(note.json());
        assertThat(otherNote.status()).as(otherNote.toString()).isEqualTo(422);
        assertThat(Api.as("buyer1").get(annotations).json().get("items")).hasSize(1);

        String withdrawalKey = Api.unique("withdraw");
        Object reason = object("reason", "wrong photo");
        Api.Reply withdrawn = Api.as("buyer1").write("POST", casePath() + "/evidence/" + id + "/withdrawal", reason,
                key(withdrawalKey));
        Api.Reply withdrawnAgain = Api.as("buyer1").write("POST", casePath() + "/evidence/" + id + "/withdrawal", reason,
                key(withdrawalKey));
        Api.Reply withoutKey = Api.as("buyer1").post(casePath() + "/evidence/" + id + "/withdrawal", reason);

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawnAgain.status()).as("the retry is answered, not refused as a second withdrawal").isEqualTo(200);
        assertThat(withdrawnAgain.json()).isEqualTo(withdrawn.json());
        assertThat(withoutKey.status()).as("without a key a second request is a second withdrawal").isEqualTo(409);
        assertThat(custodyEvents()).containsExactly("SUBMITTED", "ANNOTATED", "WITHDRAWN");
    }

    @Test
    void aRetriedStatementQuestionAndCorrectionAreAnsweredAsTheFirstTime() {
        String statementKey = Api.unique("statement");
        Object statement = object("text", "Delivered into the locker the buyer chose; the pickup code went by SMS.");

        Api.Reply answered = Api.as("seller1").write("POST", casePath() + "/statement", statement, key(statementKey));
        Api.Reply answeredAgain = Api.as("seller1").write("POST", casePath() + "/statement", statement, key(statementKey));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answeredAgain.status()).as(answeredAgain.toString()).isEqualTo(200);
        assertThat(answeredAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(answeredAgain.json()).isEqualTo(answered.json());
        assertThat(Api.as("buyer1").get(casePath()).json().get("messages")).hasSize(1);

        String questionKey = Api.unique("question");
        Object question = object("from", "COMPLAINANT", "question", "Which locker did you choose?");
        Api.Reply asked = Api.as("specialist1").write("POST", casePath() + "/information-requests", question, key(questionKey));
        Api.Reply askedAgain = Api.as("specialist1").write("POST", casePath() + "/information-requests", question,
                key(questionKey));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(askedAgain.status()).as("not 'a question already waits'").isEqualTo(200);
        assertThat(askedAgain.json()).isEqualTo(asked.json());

        long correctionsBefore = auditActions("CLASSIFICATION_CORRECTED");
        String correctionKey = Api.unique("correction");
        Object correction = object("priority", "HIGH", "reason", "the buyer is vulnerable");
        Api.Reply corrected = Api.as("specialist1").write("PUT", casePath() + "/classification", correction, key(correctionKey));
        Api.Reply correctedAgain = Api.as("specialist1").write("PUT", casePath() + "/classification", correction,
                key(correctionKey));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(correctedAgain.status()).as("not 'nothing would change'").isEqualTo(200);
        assertThat(correctedAgain.json()).isEqualTo(corrected.json());
        assertThat(auditActions("CLASSIFICATION_CORRECTED")).isEqualTo(correctionsBefore + 1);
    }

    @Test
    void aRetriedVerificationRunsOnce() {
        Api.as("seller1").post(casePath() + "/statement",
                object("text", "Delivered into the locker on 4 November; the courier's photo is attached."));
        String runKey = Api.unique("verify");

        Api.Reply run = Api.as("specialist1").write("POST", casePath() + "/verification", "", key(runKey));
        Api.Reply runAgain = Api.as("specialist1").write("POST", casePath() + "/verification", "", key(runKey));

        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(runAgain.status()).as(runAgain.toString()).isEqualTo(200);
        assertThat(runAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(runAgain.json()).isEqualTo(run.json());
        assertThat(auditActions("VERIFICATION_RUN")).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWriteOnce() throws Exception {
        String id = Evidence.upload("buyer1", caseNumber, "PHOTO", "the locker", Evidence.jpeg(44));
        String annotations = casePath() + "/evidence/" + id + "/annotations";
        String noteKey = Api.unique("burst");
        Object note = object("note", "Sent six times by a client that timed out.");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                replies.add(pool.submit(() -> Api.as("buyer1").write("POST", annotations, note, key(noteKey))));
            }
            for (var reply : replies) {
                // The first answer, or "being answered: send it again" while the first commits; never a 500.
                assertThat(reply.get().status()).as(reply.get().toString()).isIn(201, 409);
            }
        } finally {
            pool.shutdown();
        }
        Api.Reply after = Api.as("buyer1").write("POST", annotations, note, key(noteKey));
        assertThat(after.status()).isEqualTo(201);
        assertThat(after.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Api.as("buyer1").get(annotations).json().get("items")).hasSize(1);
    }

    @Test
    void aKeyThatBreaksTheRuleIsABadRequestNotIgnored() {
        Object reason = object("reason", "found it at the neighbour's");
        Api.Reply malformed = Api.as("buyer1").write("POST", casePath() + "/withdrawal", reason, key("bad key!"));
        Api.Reply twice = Api.as("buyer1").post(casePath() + "/withdrawal", reason,
                List.of(Map.entry("Idempotency-Key", "first-key-0001"), Map.entry("Idempotency-Key", "second-key-0002")));

        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(400);
        assertThat(twice.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        // Nothing happened: the case is still open.
        assertThat(Api.as("buyer1").get(casePath()).json().get("status").asText()).isEqualTo("AWAITING_RESPONSE");
    }
}
