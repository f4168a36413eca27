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

    /** The retry of an upload that used up the side's quota is answered as the first time, not refused as too large. */
    @Test
    void aRetriedUploadThatFilledTheQuotaIsAnsweredNotRefused() {
        // 5 MiB a side on the test server, 2 MiB a file: two files of 2 MiB, then one of the last 1 MiB.
        for (int i = 0; i < 2; i++) {
            Evidence.upload("buyer1", caseNumber, "PHOTO", "large photo " + i, Evidence.photoOfSize(60 + i, 2 << 20));
        }
        String key = Api.unique("last-mib");
        String path = Evidence.path(caseNumber, "PHOTO", "the last photo that fits");
        byte[] last = Evidence.photoOfSize(62, 1 << 20);

        Api.Reply first = Api.as("buyer1").upload(path, last, key(key));
        Api.Reply retry = Api.as("buyer1").upload(path, last, key(key));
        Api.Reply anotherUnderTheKey = Api.as("buyer1").upload(path, Evidence.photoOfSize(63, 1 << 20), key(key));
        Api.Reply withoutAKey = Api.as("buyer1").upload(path, last);
        // The key spares the retry the quota, not the caller's right: another case is refused before a byte is read.
        String buyer2sOrder = Orders.push("buyer2", "seller2", "80.00");
        String buyer2sCase = Api.as("buyer2").post("/api/v1/complaints", Orders.complaint(buyer2sOrder,
                "The parcel never arrived and the tracking stopped in Suzhou.", "80.00")).json().get("caseNumber").asText();
        Api.Reply elsewhere = Api.as("buyer1").upload(Evidence.path(buyer2sCase, "PHOTO", "the last photo"), last, key(key));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(anotherUnderTheKey.status()).as(anotherUnderTheKey.toString()).isEqualTo(422);
        assertThat(withoutAKey.status()).as("a new upload is held to the quota: " + withoutAKey).isEqualTo(413);
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(404);
        assertThat(Api.as("buyer1").get(casePath() + "/evidence").json().get("items")).hasSize(3);
    }

    /**
     * The client lost the answer to its upload, and the case was withdrawn before it sent it again: the retry is owed
     * the first answer, not a refusal of evidence on a withdrawn case. A new upload is refused.
     */
    @Test
    void aRetriedUploadIsAnsweredAfterTheCaseWasWithdrawn() {
        String key = Api.unique("upload-then-withdraw");
        String path = Evidence.path(caseNumber, "PHOTO", "the empty locker");
        byte[] photo = Evidence.jpeg(49);
        Api.Reply first = Api.as("buyer1").upload(path, photo, key(key));
        Api.as("buyer1").post(casePath() + "/withdrawal", object("reason", "the parcel turned up after all"));

        Api.Reply retry = Api.as("buyer1").upload(path, photo, key(key));
        Api.Reply anotherFile = Api.as("buyer1").upload(path, Evidence.jpeg(50), key(key));
        Api.Reply fresh = Api.as("buyer1").upload(path, photo, key(Api.unique("after-withdrawal")));
        Api.Reply stranger = Api.as("buyer2").upload(path, photo, key(key));
        String otherCase = Evidence.caseOfBuyer1("Another parcel never arrived; the courier says he left it at the gate.");
        Api.Reply onAnotherCase = Api.as("buyer1").upload(Evidence.path(otherCase, "PHOTO", "the empty locker"), photo,
                key(key));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(anotherFile.status()).as(anotherFile.toString()).isEqualTo(422);
        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(409);
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(404);
        assertThat(onAnotherCase.status()).as("the key on another case: " + onAnotherCase).isEqualTo(422);
        assertThat(Api.as("buyer1").get("/api/v1/cases/" + otherCase + "/evidence").json().get("items")).isEmpty();
        assertThat(custodyEvents()).containsExactly("SUBMITTED");
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

        Object reason = object("reason", "wrong photo");
        String withdrawal = casePath() + "/evidence/" + id + "/withdrawal";
        // The retry is answered, not refused as a second withdrawal; without a key, a second request is one.
        sentTwice("buyer1", "POST", withdrawal, reason, 200);
        assertThat(Api.as("buyer1").post(withdrawal, reason).status()).isEqualTo(409);
        assertThat(custodyEvents()).containsExactly("SUBMITTED", "ANNOTATED", "WITHDRAWN");
    }

    /**
     * Sends the write twice under one fresh key; asserts that both are answered with {@code status}, the second as a
     * replay of the first, and returns the first answer.
     */
    private static Api.Reply sentTwice(String user, String method, String path, Object body, int status) {
        Map<String, String> key = key(Api.unique("retry"));
        Api.Reply first = Api.as(user).write(method, path, body, key);
        Api.Reply retry = Api.as(user).write(method, path, body, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(status);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).as("the retry of " + method + " " + path + ": " + retry).isEqualTo(status);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        return first;
    }

    @Test
    void aRetriedStatementQuestionAndCorrectionAreAnsweredAsTheFirstTime() {
        sentTwice("seller1", "POST", casePath() + "/statement",
                object("text", "Delivered into the locker the buyer chose; the pickup code went by SMS."), 200);
        assertThat(Api.as("buyer1").get(casePath()).json().get("messages")).hasSize(1);

        // Answered again, not refused: "a question already waits".
        sentTwice("specialist1", "POST", casePath() + "/information-requests",
                object("from", "COMPLAINANT", "question", "Which locker did you choose?"), 200);

        // Answered again, not refused: "nothing would change".
        long correctionsBefore = auditActions("CLASSIFICATION_CORRECTED");
        sentTwice("specialist1", "PUT", casePath() + "/classification",
                object("priority", "HIGH", "reason", "the buyer is vulnerable"), 200);
        assertThat(auditActions("CLASSIFICATION_CORRECTED")).isEqualTo(correctionsBefore + 1);
    }

    @Test
    void aRetriedAssignmentAndWithdrawalOfTheCaseAreAnsweredAsTheFirstTime() {
        sentTwice("supervisor1", "PUT", casePath() + "/assignee",
                object("assignee", "specialist2", "reason", "speaks the buyer's dialect"), 200);
        assertThat(auditActions("ASSIGNED")).isEqualTo(1);

        JsonNode withdrawn = sentTwice("buyer1", "POST", casePath() + "/withdrawal",
                object("reason", "the parcel turned up at the neighbour's"), 200).json();
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aRetriedVerificationRunsOnce() {
        Api.as("seller1").post(casePath() + "/statement",
                object("text", "Delivered into the locker on 4 November; the courier's photo is attached."));

        sentTwice("specialist1", "POST", casePath() + "/verification", "", 200);

        assertThat(auditActions("VERIFICATION_RUN")).isEqualTo(1);
    }

    /** The same request from six threads at once, as a client that timed out and retried would send it. */
    private static List<Api.Reply> sentSixTimesAtOnce(java.util.concurrent.Callable<Api.Reply> request) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Api.Reply>> sent = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sent.add(pool.submit(request));
            }
            List<Api.Reply> replies = new ArrayList<>();
            for (var reply : sent) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void concurrentRetriesWriteOnce() throws Exception {
        String id = Evidence.upload("buyer1", caseNumber, "PHOTO", "the locker", Evidence.jpeg(44));
        String annotations = casePath() + "/evidence/" + id + "/annotations";
        String noteKey = Api.unique("burst");
        Object note = object("note", "Sent six times by a client that timed out.");
        for (Api.Reply reply : sentSixTimesAtOnce(
                () -> Api.as("buyer1").write("POST", annotations, note, key(noteKey)))) {
            // The first answer, or "being answered: send it again" while the first commits; never a 500.
            assertThat(reply.status()).as(reply.toString()).isIn(201, 409);
        }
        Api.Reply after = Api.as("buyer1").write("POST", annotations, note, key(noteKey));
        assertThat(after.status()).isEqualTo(201);
        assertThat(after.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Api.as("buyer1").get(annotations).json().get("items")).hasSize(1);
    }

    /**
     * Retries that wait on the case while the first request withdraws it are owed that first answer, not a refusal
     * of a second withdrawal ("a WITHDRAWN case cannot be withdrawn") met only because the first went ahead.
     */
    @Test
    void concurrentRetriesOfAWithdrawalGetTheFirstAnswer() throws Exception {
        String withdrawalKey = Api.unique("burst");
        Object reason = object("reason", "found it at the neighbour's");
        for (Api.Reply reply : sentSixTimesAtOnce(() -> Api.as("buyer1").write("POST", casePath() + "/withdrawal", reason,
                key(withdrawalKey)))) {
            if (reply.status() == 409) {
                assertThat(reply.json().get("type").asText()).as(reply.toString()).isEqualTo("/problems/conflict");
            } else {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                assertThat(reply.json().get("status").asText()).isEqualTo("WITHDRAWN");
            }
        }
        assertThat(auditActions("WITHDRAWN")).isEqualTo(1);
    }

    /** A key names one request: on another kind of write it is that request reused, not a new one. */
    @Test
    void aKeyUsedForOneKindOfWriteIsRefusedOnAnother() {
        String id = Evidence.upload("buyer1", caseNumber, "PHOTO", "the locker", Evidence.jpeg(46));
        String oneKey = Api.unique("one-request");

        Api.Reply note = Api.as("buyer1").write("POST", casePath() + "/evidence/" + id + "/annotations",
                object("note", "The locker was empty."), key(oneKey));
        Api.Reply withdrawal = Api.as("buyer1").write("POST", casePath() + "/withdrawal",
                object("reason", "found it at the neighbour's"), key(oneKey));
        Api.Reply upload = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "another"), Evidence.jpeg(47),
                key(oneKey));

        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(422);
        assertThat(withdrawal.json().get("type").asText()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(upload.status()).as(upload.toString()).isEqualTo(422);
        assertThat(Api.as("buyer1").get(casePath()).json().get("status").asText()).isEqualTo("AWAITING_RESPONSE");
        assertThat(Api.as("buyer1").get(casePath() + "/evidence").json().get("items")).hasSize(1);
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
