package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evidence-chain verification over HTTP: the checks against the order's facts, the same photo in two cases,
 * who may run and read it, the report becoming complete once every piece is marked, and stale again when the
 * facts or the evidence move on.
 */
@ExtendWith(ArquillianExtension.class)
class VerificationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    private static List<String> checks(JsonNode report) {
        List<String> checks = new ArrayList<>();
        report.get("findings").forEach(f -> checks.add(f.get("check").asText()));
        return checks;
    }

    @Test
    void theChecksFindWhatContradictsTheClaimAndTheReportCompletesOnceEverythingIsMarked() {
        byte[] reusedPhoto = Evidence.jpeg(300);
        String otherCase = Evidence.caseOfBuyer1("An earlier parcel never arrived either, the tracking stopped.");
        Evidence.upload("buyer1", otherCase, "PHOTO", "empty locker", reusedPhoto);

        String caseNumber = Evidence.caseOfBuyer1("The parcel never arrived and the tracking stopped in Hangzhou.");
        String photo = Evidence.upload("buyer1", caseNumber, "PHOTO", "empty locker", reusedPhoto);
        String path = "/api/v1/cases/" + caseNumber + "/verification";

        Api.Reply tooEarly = Api.as("specialist1").post(path, "");
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);

        Api.as("seller1").post("/api/v1/cases/" + caseNumber + "/statement",
                Api.object("text", "Delivered into the locker on 4 November; the courier's photo is attached."));
        String trace = Evidence.upload("seller1", caseNumber, "LOGISTICS_TRACE", "courier trace",
                Evidence.chat("2026-11-04 10:00 signed for at locker 12"));

        assertThat(Api.as("buyer1").post(path, "").status()).isEqualTo(403);
        Api.Reply run = Api.as("specialist1").post(path, "");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        JsonNode report = run.json();
        assertThat(checks(report)).contains("NOT_RECEIVED_BUT_SIGNED", "FILE_USED_IN_ANOTHER_CASE")
                .doesNotContain("SIGNED_BY_SOMEONE_ELSE", "CLAIM_ABOVE_PAYMENT");
        for (JsonNode finding : report.get("findings")) {
            if (finding.get("check").asText().equals("FILE_USED_IN_ANOTHER_CASE")) {
                assertThat(finding.get("evidenceId").asText()).isEqualTo(photo);
                assertThat(finding.get("evidenceIds").toString()).isEqualTo("[" + photo + "]");
                assertThat(finding.get("fact").asText()).contains(otherCase);
                assertThat(finding.get("severity").asText()).isEqualTo("HIGH");
            }
            if (finding.get("check").asText().equals("NOT_RECEIVED_BUT_SIGNED")) {
                assertThat(finding.get("fact").asText()).contains("2026-11-04T10:00:00Z").contains("locker");
                // About the claim: it names the complainant's photo and the seller's logistics trace.
                assertThat(finding.has("evidenceId")).isFalse();
                List<String> named = new ArrayList<>();
                finding.get("evidenceIds").forEach(id -> named.add(id.asText()));
                assertThat(named).containsExactly(photo, trace);
            }
        }
        assertThat(report.get("complete").asBoolean()).isFalse();
        assertThat(report.get("incomplete").toString()).contains("#" + photo).contains("#" + trace);

        assertThat(Api.as("buyer1").get(path).status()).isEqualTo(403);
        String evidence = "/api/v1/cases/" + caseNumber + "/evidence/";
        assertThat(Api.as("buyer1").post(evidence + photo + "/mark", Api.object("mark", "VERIFIED", "reason", "mine"))
                .status()).isEqualTo(403);
        assertThat(Api.as("specialist1").post(evidence + photo + "/mark", Api.object("mark", "MAYBE", "reason", "x"))
                .status()).isEqualTo(400);
        Api.Reply marked = Api.as("specialist1").post(evidence + photo + "/mark",
                Api.object("mark", "REJECTED", "reason", "the same photo was used in case " + otherCase));
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(marked.json().get("mark").asText()).isEqualTo("REJECTED");
        Api.as("specialist1").post(evidence + trace + "/mark", Api.object("mark", "VERIFIED", "reason", "matches the carrier"));

        JsonNode complete = Api.as("specialist2").get(path).json();
        assertThat(complete.get("complete").asBoolean()).as(complete.toString()).isTrue();
        assertThat(complete.get("incomplete")).isEmpty();

        List<String> events = new ArrayList<>();
        Api.as("buyer1").get("/api/v1/cases/" + caseNumber + "/custody").json().get("entries")
                .forEach(e -> events.add(e.get("event").asText()));
        assertThat(events).containsExactly("SUBMITTED", "SUBMITTED", "REJECTED", "VERIFIED");

        // A logistics event after the run makes the report stale: the facts it checked have moved on.
        String order = Api.as("specialist1").get("/api/v1/cases/" + caseNumber).json().get("orderId").asText();
        Api.Reply scanned = Api.as("platform1").post("/api/v1/integration/orders/" + order + "/logistics-events",
                Api.object("status", "RETURNED", "occurredAt", "2026-11-10T08:00:00Z", "location", "Hangzhou"));
        assertThat(scanned.status()).as(scanned.toString()).isEqualTo(201);
        JsonNode stale = Api.as("specialist1").get(path).json();
        assertThat(stale.get("complete").asBoolean()).as(stale.toString()).isFalse();
        assertThat(stale.get("incomplete").toString()).contains("the logistics trace")
                .contains("after the last run of the checks").doesNotContain("the payment").doesNotContain("the order");
        assertThat(Api.as("specialist1").post(path, "").json().get("complete").asBoolean()).isTrue();

        // New evidence after the run makes the report incomplete again.
        Evidence.upload("buyer1", caseNumber, "CHAT_LOG", "more", Evidence.chat("the locker was empty"));
        assertThat(Api.as("specialist1").get(path).json().get("complete").asBoolean()).isFalse();
    }

    @Test
    void aNewTypeOrTheFileUsedInAnotherCaseMakesTheReportStaleAndStaffFilesAreNoPartysReuse() {
        String caseNumber = Evidence.caseOfBuyer1("The parcel never arrived and the tracking stopped in Ningbo.");
        String path = "/api/v1/cases/" + caseNumber + "/verification";
        byte[] photoBytes = Evidence.jpeg(310);
        byte[] manual = Evidence.chat("Courier handbook, section 4: lockers are emptied after 48 hours.");
        String photo = Evidence.upload("buyer1", caseNumber, "PHOTO", "the empty locker", photoBytes);
        Api.as("seller1").post("/api/v1/cases/" + caseNumber + "/statement",
                Api.object("text", "Delivered into the locker on 4 November; the courier's photo is attached."));
        // Staff attach the same reference file to many cases: that is no party's reuse of a file.
        String otherCase = Evidence.caseOfBuyer1("Another parcel never arrived, the tracking stopped in Ningbo.");
        for (String each : List.of(caseNumber, otherCase)) {
            assertThat(Api.as("specialist1").upload(Evidence.path(each, "OTHER", "courier handbook") + "&staffOnly=true",
                    manual).status()).isEqualTo(201);
        }
        JsonNode run = Api.as("specialist1").post(path, "").json();
        assertThat(checks(run)).as(run.toString()).doesNotContain("FILE_USED_IN_ANOTHER_CASE");
        for (JsonNode review : run.get("evidence")) {
            Api.as("specialist1").post("/api/v1/cases/" + caseNumber + "/evidence/" + review.get("evidenceId").asText()
                    + "/mark", Api.object("mark", "VERIFIED", "reason", "checked"));
        }
        assertThat(Api.as("specialist1").get(path).json().get("complete").asBoolean()).isTrue();

        // The type is what several checks read: a new one makes the run stale; a new priority does not.
        Api.as("specialist1").put("/api/v1/cases/" + caseNumber + "/classification",
                Api.object("priority", "URGENT", "reason", "funds at risk"));
        assertThat(Api.as("specialist1").get(path).json().get("complete").asBoolean()).isTrue();
        Api.Reply retyped = Api.as("specialist1").put("/api/v1/cases/" + caseNumber + "/classification",
                Api.object("type", "SIGN_FOR_DISPUTE", "reason", "signed for by the locker"));
        assertThat(retyped.status()).as(retyped.toString()).isEqualTo(200);
        JsonNode afterType = Api.as("specialist1").get(path).json();
        assertThat(afterType.get("complete").asBoolean()).as(afterType.toString()).isFalse();
        assertThat(afterType.get("incomplete").toString()).contains("the case's type");
        assertThat(Api.as("specialist1").post(path, "").json().get("complete").asBoolean()).isTrue();

        // The buyer's photo turns up in another case: the reuse is news to the last run.
        Evidence.upload("buyer1", otherCase, "PHOTO", "empty locker", photoBytes);
        JsonNode afterReuse = Api.as("specialist1").get(path).json();
        assertThat(afterReuse.get("complete").asBoolean()).as(afterReuse.toString()).isFalse();
        assertThat(afterReuse.get("incomplete").toString()).contains("other cases");
        JsonNode rerun = Api.as("specialist1").post(path, "").json();
        assertThat(checks(rerun)).contains("FILE_USED_IN_ANOTHER_CASE");
        for (JsonNode finding : rerun.get("findings")) {
            if (finding.get("check").asText().equals("FILE_USED_IN_ANOTHER_CASE")) {
                assertThat(finding.get("evidenceIds").toString()).isEqualTo("[" + photo + "]");
            }
        }
    }

    @Test
    void aPhotoTakenBeforeTheOrderWasPaidIsFoundByItsExifDate() {
        String caseNumber = Evidence.caseOfBuyer1("The vase arrived broken, the box was crushed on one side.", "DAMAGED");
        byte[] oldPhoto = Evidence.jpegWithLocation(301, "2026:10:20 12:00:00", "+08:00");
        String photo = Evidence.upload("buyer1", caseNumber, "PHOTO", "the broken vase", oldPhoto);
        Api.as("seller1").post("/api/v1/cases/" + caseNumber + "/statement",
                Api.object("text", "The vase was packed in foam and left our warehouse intact."));

        JsonNode report = Api.as("specialist1").post("/api/v1/cases/" + caseNumber + "/verification", "").json();

        JsonNode finding = null;
        for (JsonNode candidate : report.get("findings")) {
            if (candidate.get("check").asText().equals("CAPTURED_BEFORE_PAYMENT")) {
                finding = candidate;
            }
        }
        assertThat(finding).as(report.toString()).isNotNull();
        assertThat(finding.get("evidenceId").asText()).isEqualTo(photo);
        assertThat(finding.get("severity").asText()).isEqualTo("HIGH");
        assertThat(finding.get("fact").asText()).contains("2026-11-01T08:00:00Z").contains("2026-10-20T04:00:00Z")
                .contains("DateTimeOriginal");
    }
}
