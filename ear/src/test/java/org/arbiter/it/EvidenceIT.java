package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evidence over HTTP: upload as each kind of user, type sniffing, limits (the test server allows 2 MiB a file
 * and 5 MiB a case), who sees and downloads what, withdrawal, and that a refused upload leaves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceIT {

    private static final long FILE_LIMIT = 2 * 1024 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    private String caseNumber;

    @BeforeEach
    void aCase() {
        caseNumber = Evidence.caseOfBuyer1("The parcel never arrived and the tracking stopped in Hangzhou last week.");
    }

    private String evidencePath() {
        return "/api/v1/cases/" + caseNumber + "/evidence";
    }

    private static long storedFiles() throws IOException {
        Path store = Path.of(System.getProperty("arbiter.it.data-dir"), "evidence");
        if (!Files.exists(store)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aPartyUploadsAPhotoAndTheOtherSideDownloadsItAsAnAttachment() {
        byte[] photo = Evidence.jpeg(1);

        Api.Reply uploaded = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "the empty parcel locker"), photo);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode view = uploaded.json();
        assertThat(view.get("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(view.get("sha256").asText()).isEqualTo(Evidence.sha256(photo));
        assertThat(view.get("sizeBytes").asLong()).isEqualTo(photo.length);
        assertThat(view.get("source").asText()).isEqualTo("COMPLAINANT");
        assertThat(view.get("submittedBy").asText()).isEqualTo("buyer1");
        String location = java.net.URI.create(uploaded.header("Location")).getPath();
        assertThat(location).isEqualTo(evidencePath() + "/" + view.get("id").asText());
        assertThat(Api.as("buyer1").get(location).status()).isEqualTo(200);

        JsonNode sellersList = Api.as("seller1").get(evidencePath()).json();
        assertThat(sellersList.get("items")).hasSize(1);
        // Each side's quota is its own: the seller's list shows none of the buyer's bytes as the seller's.
        assertThat(sellersList.get("side").asText()).isEqualTo("RESPONDENT");
        assertThat(sellersList.get("sideBytesUsed").asLong()).isZero();
        assertThat(Api.as("buyer1").get(evidencePath()).json().get("sideBytesUsed").asLong()).isEqualTo(photo.length);

        Api.BinaryReply download = Api.as("seller1").bytes("GET", view.get("contentUrl").asText());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(photo);
        assertThat(download.header("Content-Type")).startsWith("image/jpeg");
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + caseNumber + "-evidence-" + view.get("id").asText() + ".jpg\"");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theOtherPartySeesAPhotoWithoutItsLocationWhileStaffKeepTheOriginal() {
        byte[] photo = Evidence.jpegWithLocation(11, "2026:11:02 18:30:00", "+08:00");
        assertThat(Evidence.hasGps(photo)).isTrue();

        JsonNode view = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "the parcel at my door"), photo).json();

        assertThat(view.get("sha256").asText()).isEqualTo(Evidence.sha256(photo));
        assertThat(view.get("locationRemovedForOtherParty").asBoolean()).isTrue();
        assertThat(view.get("withheldFromOtherParty").asBoolean()).isFalse();
        assertThat(view.get("capturedAt").asText()).isEqualTo("2026-11-02T10:30:00Z");
        assertThat(view.get("capturedAtNote").asText()).contains("DateTimeOriginal", "+08:00");

        byte[] sellerCopy = Api.as("seller1").bytes("GET", view.get("contentUrl").asText()).body();
        assertThat(Evidence.hasGps(sellerCopy)).isFalse();
        assertThat(Evidence.sha256(sellerCopy)).isEqualTo(view.get("sharedSha256").asText());
        assertThat(Api.as("specialist1").bytes("GET", view.get("contentUrl").asText()).body()).isEqualTo(photo);
        assertThat(Api.as("buyer1").bytes("GET", view.get("contentUrl").asText()).body()).isEqualTo(photo);
    }

    @Test
    void aLocatedPhotoAppendedToAnotherDoesNotReachTheOtherParty() {
        // What a motion photo looks like: one image, then more bytes (here a second photo with a position).
        byte[] first = Evidence.jpeg(14);
        byte[] appended = Evidence.jpegWithLocation(15, "2026:11:02 18:30:00", "+08:00");
        byte[] photo = java.util.Arrays.copyOf(first, first.length + appended.length);
        System.arraycopy(appended, 0, photo, first.length, appended.length);
        assertThat(Evidence.hasGps(first)).isFalse();

        JsonNode view = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "the parcel"), photo).json();

        assertThat(view.get("locationRemovedForOtherParty").asBoolean()).as(view.toString()).isTrue();
        byte[] sellerCopy = Api.as("seller1").bytes("GET", view.get("contentUrl").asText()).body();
        assertThat(sellerCopy).isEqualTo(first);
        assertThat(Api.as("specialist1").bytes("GET", view.get("contentUrl").asText()).body()).isEqualTo(photo);
    }

    @Test
    void aChatExportIsDatedByItsFirstMessage() {
        JsonNode view = Api.as("seller1").upload(Evidence.path(caseNumber, "CHAT_LOG", "our chat"), Evidence.chat(
                "[{\"from\":\"seller1\",\"time\":\"2026-11-03T10:20:00+08:00\",\"text\":\"已经发货了\"},"
                        + "{\"from\":\"buyer1\",\"time\":\"2026-11-03T10:15:00+08:00\",\"text\":\"包裹到哪里了？\"}]"))
                .json();

        assertThat(view.get("mediaType").asText()).isEqualTo("application/json");
        assertThat(view.get("capturedAt").asText()).isEqualTo("2026-11-03T02:15:00Z");
        assertThat(view.get("capturedAtNote").asText()).contains("2 timestamp(s)");
    }

    @Test
    void notesOnEvidenceAreCustodyEventsAndStaffNotesStayWithStaff() {
        String id = Evidence.upload("buyer1", caseNumber, "PHOTO", "the locker", Evidence.jpeg(12));
        String annotations = evidencePath() + "/" + id + "/annotations";

        Api.Reply sellers = Api.as("seller1").post(annotations, "{\"note\":\"This locker is not on our courier's route.\"}");
        Api.Reply staff = Api.as("specialist1").post(annotations, "{\"note\":\"Locker log requested from the courier.\"}");
        Api.Reply blank = Api.as("buyer1").post(annotations, "{\"note\":\"  \"}");
        Api.Reply invisible = Api.as("buyer1").post(annotations, "{\"note\":\"\u3000\u3000\u3000\"}");
        Api.Reply invisibleCaption = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "\u00A0\u200B"),
                Evidence.jpeg(13));
        Api.Reply unknown = Api.as("buyer1").post(evidencePath() + "/999999/annotations", "{\"note\":\"hello\"}");

        assertThat(sellers.status()).as(sellers.toString()).isEqualTo(201);
        assertThat(sellers.json().get("side").asText()).isEqualTo("RESPONDENT");
        assertThat(java.net.URI.create(sellers.header("Location")).getPath()).isEqualTo(annotations);
        assertThat(staff.status()).as(staff.toString()).isEqualTo(201);
        assertThat(staff.json().get("staffOnly").asBoolean()).isTrue();
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("note");
        assertThat(invisible.status()).as(invisible.toString()).isEqualTo(400);
        assertThat(invisible.body()).contains("\"note\"");
        assertThat(invisibleCaption.status()).as(invisibleCaption.toString()).isEqualTo(400);
        assertThat(invisibleCaption.body()).contains("\"caption\"");
        assertThat(unknown.status()).isEqualTo(404);

        assertThat(Api.as("buyer1").get(annotations).json().get("items")).extracting(n -> n.get("note").asText())
                .containsExactly("This locker is not on our courier's route.");
        assertThat(Api.as("supervisor1").get(annotations).json().get("items")).hasSize(2);

        List<JsonNode> buyers = annotatedEntries("buyer1");
        assertThat(buyers).hasSize(2);
        assertThat(buyers.get(0).get("entry").asText()).contains("This locker is not on our courier's route.");
        // Not even the staff note's hash: from it a party could confirm a guess at a short note offline.
        assertThat(buyers.get(1).get("redacted").asBoolean()).isTrue();
        assertThat(buyers.get(1).has("entry")).isFalse();
        assertThat(buyers.get(1).get("entryHash").asText()).hasSize(64);
        assertThat(annotatedEntries("supervisor1").get(1).get("entry").asText()).doesNotContain("Locker log")
                .contains("staff note sha256:" + staff.json().get("noteSha256").asText());
        // The commitment is salted: staff can check it, nobody can test a guess against it.
        String salt = staff.json().get("noteSalt").asText();
        assertThat(staff.json().get("noteSha256").asText())
                .isEqualTo(Evidence.sha256((salt + ":Locker log requested from the courier.").getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(Evidence.sha256("Locker log requested from the courier.".getBytes(StandardCharsets.UTF_8)));
    }

    private List<JsonNode> annotatedEntries(String user) {
        List<JsonNode> annotated = new ArrayList<>();
        for (JsonNode entry : Api.as(user).get("/api/v1/cases/" + caseNumber + "/custody").json().get("entries")) {
            if (entry.get("event").asText().equals("ANNOTATED")) {
                annotated.add(entry);
            }
        }
        return annotated;
    }

    @Test
    void aLargeJsonChatExportSentAsJsonIsEvidenceAndAMultipartFormIsRefused() {
        StringBuilder chat = new StringBuilder("[");
        for (int i = 0; chat.length() < 200_000; i++) {
            chat.append("{\"time\":\"2026-11-03T10:").append(String.format("%02d", i % 60))
                    .append(":00+08:00\",\"text\":\"message ").append(i).append("\"},");
        }
        chat.setCharAt(chat.length() - 1, ']');
        Api.Reply json = Api.as("buyer1").raw("POST", Evidence.path(caseNumber, "CHAT_LOG", "the whole chat"),
                "application/json", Evidence.chat(chat.toString()));
        Api.Reply form = Api.as("buyer1").raw("POST", Evidence.path(caseNumber, "PHOTO", "form"),
                "multipart/form-data; boundary=xyz", Evidence.chat("--xyz\r\nContent-Disposition: form-data; "
                        + "name=\"file\"; filename=\"a.jpg\"\r\n\r\nhello\r\n--xyz--\r\n"));

        assertThat(json.status()).as(json.toString()).isEqualTo(201);
        assertThat(json.json().get("mediaType").asText()).isEqualTo("application/json");
        assertThat(form.status()).as(form.toString()).isEqualTo(415);
        assertThat(form.body()).contains("multipart");
        assertThat(form.json().get("errors").get(0).get("field").asText()).isEqualTo("Content-Type");
    }

    @Test
    void everyReadOfTheContentIsACustodyEvent() {
        String id = Evidence.upload("buyer1", caseNumber, "PHOTO", "the locker", Evidence.jpeg(2));

        // A HEAD hands over no bytes: the headers only, and no custody event.
        Api.BinaryReply head = Api.as("seller1").bytes("HEAD", evidencePath() + "/" + id + "/content");
        assertThat(head.status()).as(head.toString()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("Content-Type")).startsWith("image/jpeg");
        assertThat(head.header("Content-Disposition")).contains(caseNumber + "-evidence-" + id + ".jpg");
        assertThat(Api.as("buyer2").bytes("HEAD", evidencePath() + "/" + id + "/content").status()).isEqualTo(404);
        // The id written in full-width digits is no id: Java would read it as this one, and record a view.
        String fullWidth = id.chars().mapToObj(c -> "%EF%BC%" + Integer.toHexString(0x90 + c - '0').toUpperCase())
                .collect(java.util.stream.Collectors.joining());
        assertThat(Api.as("seller1").bytes("GET", evidencePath() + "/" + fullWidth + "/content").status())
                .isEqualTo(404);
        Api.BinaryReply got = Api.as("seller1").bytes("GET", evidencePath() + "/" + id + "/content");
        assertThat(head.header("Content-Length")).as("what GET sends").isEqualTo(String.valueOf(got.body().length));
        Api.as("specialist1").bytes("GET", evidencePath() + "/" + id + "/content");

        List<String> events = new ArrayList<>();
        for (JsonNode entry : Api.as("buyer1").get("/api/v1/cases/" + caseNumber + "/custody").json().get("entries")) {
            events.add(entry.get("event").asText() + " by " + entry.get("actor").asText());
        }
        assertThat(events).containsExactly("SUBMITTED by buyer1", "VIEWED by seller1", "VIEWED by specialist1");
    }

    @Test
    void theTypeIsSniffedFromTheBytesAndAnythingElseIsRefusedWithNothingStored() throws IOException {
        long before = storedFiles();

        Api.Reply exe = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "photo.jpg"), Evidence.executable());
        Api.Reply html = Api.as("buyer1").upload(Evidence.path(caseNumber, "CHAT_LOG", "chat"),
                Evidence.chat("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"));
        Api.Reply svg = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "drawing"), Evidence.chat(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));

        // Text is fine evidence, but not as a photo: the photo checks would run on it.
        Api.Reply textAsPhoto = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "the parcel"),
                Evidence.chat("the parcel was left outside the door"));

        for (Api.Reply refused : List.of(exe, html, svg, textAsPhoto)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(textAsPhoto.body()).contains("is an image").contains("text/plain");
        assertThat(Api.as("buyer1").get(evidencePath()).json().get("items")).isEmpty();
        assertThat(storedFiles()).isEqualTo(before);

        Api.Reply chat = Api.as("buyer1").upload(Evidence.path(caseNumber, "CHAT_LOG", "chat with the seller"),
                Evidence.chat("2026-11-03 10:15 buyer1: 你好，包裹到哪里了？\n2026-11-03 10:20 seller1: 已经发货了\n"));
        assertThat(chat.status()).as(chat.toString()).isEqualTo(201);
        assertThat(chat.json().get("mediaType").asText()).isEqualTo("text/plain; charset=UTF-8");
    }

    /** A Chinese chat export from Windows (GB18030, or Notepad's UTF-16) is served in its own charset, not as UTF-8. */
    @Test
    void aTextIsServedInItsOwnCharset() {
        String text = "2026-11-03 10:15 买家: 你好，包裹到哪里了？\n2026-11-03 10:20 卖家: 已经发货了\n";
        byte[] gb18030 = text.getBytes(java.nio.charset.Charset.forName("GB18030"));
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);

        for (byte[] export : List.of(gb18030, utf16)) {
            Api.Reply uploaded = Api.as("buyer1").upload(Evidence.path(caseNumber, "CHAT_LOG", "chat export"), export);
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
            String charset = export == gb18030 ? "GB18030" : "UTF-16";
            assertThat(uploaded.json().get("mediaType").asText()).isEqualTo("text/plain; charset=" + charset);
            // The span of the messages is read in the same charset: both timestamps are found.
            assertThat(uploaded.json().toString()).contains("2 timestamp(s)");

            Api.BinaryReply download = Api.as("seller1").bytes("GET", uploaded.json().get("contentUrl").asText());
            assertThat(download.body()).isEqualTo(export);
            assertThat(download.header("Content-Type").replace(" ", "").toLowerCase(java.util.Locale.ROOT))
                    .isEqualTo("text/plain;charset=" + charset.toLowerCase(java.util.Locale.ROOT));
            assertThat(download.header("Content-Disposition")).endsWith(".txt\"");
        }
    }

    /**
     * The charset is the whole file's, not its head's: an export whose first 64 KiB are ASCII and whose Chinese comes
     * after them is GB18030; one whose binary bytes come after them is not text, refused with nothing kept; and a
     * byte order mark in front of a binary file does not make it text.
     */
    @Test
    void aTextIsJudgedWhole() throws IOException {
        byte[] asciiHead = "2026-11-25 10:00:01 buyer: hello\n".repeat(2100).getBytes(StandardCharsets.US_ASCII);
        byte[] chineseTail = "2026-11-25 10:01:00 卖家：已经放到快递柜了\n".repeat(50)
                .getBytes(java.nio.charset.Charset.forName("GB18030"));
        byte[] binaryTail = new byte[20_000];
        new java.util.Random(5).nextBytes(binaryTail);
        long before = storedFiles();

        Api.Reply chinese = Api.as("buyer1").upload(Evidence.path(caseNumber, "CHAT_LOG", "long chat"),
                concat(asciiHead, chineseTail));
        long afterTheChat = storedFiles();
        Api.Reply binary = Api.as("buyer1").upload(Evidence.path(caseNumber, "CHAT_LOG", "chat, then junk"),
                concat(asciiHead, binaryTail));
        Api.Reply marked = Api.as("buyer1").upload(Evidence.path(caseNumber, "OTHER", "junk behind a mark"),
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, binaryTail));

        assertThat(chinese.status()).as(chinese.toString()).isEqualTo(201);
        assertThat(chinese.json().get("mediaType").asText()).isEqualTo("text/plain; charset=GB18030");
        assertThat(afterTheChat).isEqualTo(before + 1);
        for (Api.Reply refused : List.of(binary, marked)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("content");
        }
        assertThat(binary.body()).contains("not text throughout");
        assertThat(Api.as("buyer1").get(evidencePath()).json().get("items")).hasSize(1);
        assertThat(storedFiles()).as("nothing of the refused files is kept").isEqualTo(afterTheChat);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void badFieldsAreNamed() {
        Api.Reply noKind = Api.as("buyer1").upload(evidencePath() + "?caption=x", Evidence.jpeg(3));
        Api.Reply badKind = Api.as("buyer1").upload(Evidence.path(caseNumber, "SELFIE", "x"), Evidence.jpeg(3));
        Api.Reply noCaption = Api.as("buyer1").upload(evidencePath() + "?kind=PHOTO", Evidence.jpeg(3));
        Api.Reply longCaption = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "x".repeat(501)), Evidence.jpeg(3));
        Api.Reply partyStaffOnly = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "x") + "&staffOnly=true",
                Evidence.jpeg(3));
        // PostgreSQL refuses a NUL in text: refused here with the parameter's name, not a 500 from the database.
        Api.Reply nulInCaption = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "the locker\u0000"),
                Evidence.jpeg(3));
        Api.Reply twoKinds = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "x") + "&kind=VIDEO",
                Evidence.jpeg(3));
        Api.Reply noFile = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "x"), new byte[0]);
        // A misspelt parameter is not ignored: staff evidence meant for staff would be stored for all to see.
        Api.Reply misspelt = Api.as("specialist1").upload(Evidence.path(caseNumber, "PHOTO", "x") + "&staffonly=true",
                Evidence.jpeg(3));
        Api.Reply notUtf8 = Api.as("buyer1").upload(evidencePath() + "?kind=PHOTO&caption=%FF%FE", Evidence.jpeg(3));

        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.body()).contains("\"kind\"");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body()).contains("\"kind\"").contains("PHOTO");
        assertThat(noCaption.status()).isEqualTo(400);
        assertThat(noCaption.body()).contains("\"caption\"");
        assertThat(longCaption.status()).isEqualTo(400);
        assertThat(partyStaffOnly.status()).isEqualTo(400);
        assertThat(partyStaffOnly.body()).contains("\"staffOnly\"");
        assertThat(nulInCaption.status()).as(nulInCaption.toString()).isEqualTo(400);
        assertThat(nulInCaption.body()).contains("\"caption\"").contains("U+0000");
        assertThat(twoKinds.status()).as(twoKinds.toString()).isEqualTo(400);
        assertThat(twoKinds.body()).contains("\"kind\"").contains("once");
        assertThat(noFile.status()).as(noFile.toString()).isEqualTo(400);
        assertThat(noFile.body()).contains("\"content\"").contains("empty");
        assertThat(misspelt.status()).as(misspelt.toString()).isEqualTo(400);
        assertThat(misspelt.json().get("errors").get(0).get("field").asText()).isEqualTo("staffonly");
        assertThat(misspelt.json().get("errors").get(0).get("message").asText()).contains("staffOnly");
        assertThat(notUtf8.status()).as(notUtf8.toString()).isEqualTo(400);
        assertThat(notUtf8.json().get("errors").get(0).get("field").asText()).isEqualTo("caption");
        assertThat(Api.as("buyer1").get(evidencePath()).json().get("items")).isEmpty();
    }

    @Test
    void strangersCannotUploadOrReadAndNeverLearnTheCaseExists() {
        String id = Evidence.upload("buyer1", caseNumber, "PHOTO", "the locker", Evidence.jpeg(4));

        assertThat(Api.as("buyer2").upload(Evidence.path(caseNumber, "PHOTO", "mine too"), Evidence.jpeg(5)).status())
                .isEqualTo(404);
        assertThat(Api.as("buyer2").get(evidencePath()).status()).isEqualTo(404);
        assertThat(Api.as("buyer2").bytes("GET", evidencePath() + "/" + id + "/content").status()).isEqualTo(404);
        assertThat(Api.as("seller2").get("/api/v1/cases/" + caseNumber + "/custody").status()).isEqualTo(404);
        assertThat(Api.anonymous().get(evidencePath()).status()).isEqualTo(401);
        assertThat(Api.as("buyer1").get(evidencePath() + "/999999999").status()).isEqualTo(404);
        assertThat(Api.as("buyer1").get(evidencePath() + "/not-a-number").status()).isEqualTo(404);
    }

    @Test
    void staffNotesAreKeptFromTheParties() {
        Api.Reply note = Api.as("specialist1").upload(Evidence.path(caseNumber, "OTHER", "call notes with the courier")
                + "&staffOnly=true", Evidence.chat("Courier says the locker door was jammed on 11-04."));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        String id = note.json().get("id").asText();

        assertThat(Api.as("buyer1").get(evidencePath()).json().get("items")).isEmpty();
        assertThat(Api.as("seller1").get(evidencePath() + "/" + id).status()).isEqualTo(404);
        assertThat(Api.as("seller1").bytes("GET", evidencePath() + "/" + id + "/content").status()).isEqualTo(404);
        assertThat(Api.as("specialist2").get(evidencePath()).json().get("items")).hasSize(1);
        assertThat(Api.as("buyer1").get("/api/v1/notifications?case=" + caseNumber).body())
                .doesNotContain("call notes");

        // The custody chain shows a party the staff item's entries only as hashes, still linked and proven.
        Api.Reply partyChain = Api.as("buyer1").get("/api/v1/cases/" + caseNumber + "/custody");
        assertThat(partyChain.body()).doesNotContain("call notes").doesNotContain("specialist1");
        JsonNode entries = partyChain.json().get("entries");
        assertThat(entries).isNotEmpty();
        for (JsonNode entry : entries) {
            assertThat(entry.get("redacted").asBoolean()).as(entry.toString()).isTrue();
            assertThat(entry.hasNonNull("entry")).isFalse();
            assertThat(entry.hasNonNull("evidenceId")).isFalse();
            assertThat(entry.hasNonNull("actor")).isFalse();
            assertThat(entry.get("entryHash").asText()).hasSize(64);
        }
        JsonNode staffEntry = Api.as("specialist2").get("/api/v1/cases/" + caseNumber + "/custody").json().get("entries").get(0);
        assertThat(staffEntry.get("redacted").asBoolean()).isFalse();
        assertThat(staffEntry.get("entry").asText()).contains("actor: specialist1").contains("(staff only)");
        assertThat(staffEntry.get("entryHash").asText()).isEqualTo(entries.get(0).get("entryHash").asText());
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingOfItRemains() throws IOException {
        long before = storedFiles();
        byte[] tooBig = new byte[(int) FILE_LIMIT + 1];
        byte[] header = Evidence.jpeg(6);
        System.arraycopy(header, 0, tooBig, 0, header.length);

        Api.Reply declared = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "huge"), tooBig);
        Api.Reply chunked = Api.as("buyer1").uploadChunked(Evidence.path(caseNumber, "PHOTO", "huge"), tooBig);

        assertThat(declared.status()).as(declared.toString()).isEqualTo(413);
        assertThat(declared.contentType()).startsWith("application/problem+json");
        assertThat(declared.json().get("errors").get(0).get("field").asText()).isEqualTo("content");
        assertThat(chunked.status()).as(chunked.toString()).isEqualTo(413);
        assertThat(Api.as("buyer1").get(evidencePath()).json().get("items")).isEmpty();
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void anUploadCutOffHalfWayLeavesNoRecordAndNoFile() throws Exception {
        long before = storedFiles();
        byte[] photo = Evidence.jpeg(13);
        URI base = URI.create(Api.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            String credentials = Base64.getEncoder().encodeToString("buyer1:demo".getBytes(StandardCharsets.UTF_8));
            out.write(("POST " + Evidence.path(caseNumber, "PHOTO", "cut") + " HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nAuthorization: Basic " + credentials + "\r\nContent-Type: application/octet-stream"
                    + "\r\nContent-Length: " + (photo.length + 1_000_000) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(photo);
            out.write(new byte[256 * 1024]); // past the head the server sniffs before it stores anything
            out.flush();
            // Hang up only once the server is streaming into the store (its temporary file exists).
            long streaming = System.nanoTime() + 10_000_000_000L;
            while (storedFiles() == before && System.nanoTime() < streaming) {
                Thread.sleep(20);
            }
            assertThat(storedFiles()).as("a temporary file while the upload streams").isGreaterThan(before);
        }

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (storedFiles() != before && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(storedFiles()).as("files under the evidence store, temporary ones included").isEqualTo(before);
        assertThat(Api.as("buyer1").get(evidencePath()).json().get("items")).isEmpty();
        assertThat(Api.as("buyer1").get("/api/v1/cases/" + caseNumber + "/custody").json().get("entries")).isEmpty();
    }

    @Test
    void eachSideHasItsOwnQuotaSoThatNeitherCanFillTheCaseAndNoneLearnsTheOthersUse() {
        // 5 MiB a side on the test server: two files of 2 MiB fit, the third does not.
        for (int i = 0; i < 2; i++) {
            Evidence.upload("buyer1", caseNumber, "PHOTO", "large photo " + i, largePhoto(10 + i));
        }
        Api.Reply refused = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "one more"), largePhoto(12));
        Api.Reply sellers = Api.as("seller1").upload(Evidence.path(caseNumber, "PHOTO", "the courier's photo"),
                largePhoto(13));
        Api.Reply staffs = Api.as("specialist1").upload(Evidence.path(caseNumber, "PHOTO", "locker camera")
                + "&staffOnly=true", largePhoto(14));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.body()).contains("your side");
        assertThat(sellers.status()).as(sellers.toString()).isEqualTo(201);
        assertThat(staffs.status()).as(staffs.toString()).isEqualTo(201);
        assertThat(Api.as("buyer1").upload(Evidence.path(caseNumber, "CHAT_LOG", "small"), Evidence.chat("still fits"))
                .status()).isEqualTo(201);
        JsonNode buyers = Api.as("buyer1").get(evidencePath()).json();
        assertThat(buyers.get("side").asText()).isEqualTo("COMPLAINANT");
        assertThat(buyers.get("sideBytesUsed").asLong()).isEqualTo(2 * FILE_LIMIT + "still fits".length());
        assertThat(buyers.get("sideBytesLimit").asLong()).isEqualTo(5 * 1024 * 1024);
        assertThat(Api.as("seller1").get(evidencePath()).json().get("sideBytesUsed").asLong()).isEqualTo(FILE_LIMIT);
        JsonNode staff = Api.as("specialist1").get(evidencePath()).json();
        assertThat(staff.get("side").asText()).isEqualTo("STAFF");
        assertThat(staff.get("sideBytesUsed").asLong()).isEqualTo(FILE_LIMIT);
    }

    /** A JPEG padded to the file limit, different for each seed. */
    private static byte[] largePhoto(int seed) {
        return Evidence.photoOfSize(seed, (int) FILE_LIMIT);
    }

    /** Evidence that answered a specialist's question is that answer: taking it back would leave the question answered by nothing. */
    @Test
    void evidenceThatAnsweredAQuestionCannotBeWithdrawn() {
        assertThat(Api.as("specialist1").post("/api/v1/cases/" + caseNumber + "/information-requests",
                Api.object("from", "COMPLAINANT", "question", "Please send a photo of the empty locker.")).status())
                .isEqualTo(200);
        String answer = Evidence.upload("buyer1", caseNumber, "PHOTO", "the empty locker", Evidence.jpeg(24));
        String later = Evidence.upload("buyer1", caseNumber, "PHOTO", "another angle", Evidence.jpeg(25));

        Api.Reply refused = Api.as("buyer1").post(evidencePath() + "/" + answer + "/withdrawal",
                Api.object("reason", "a throwaway answer"));
        Api.Reply withdrawn = Api.as("buyer1").post(evidencePath() + "/" + later + "/withdrawal",
                Api.object("reason", "the same as the first"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body()).contains("answered the specialist's question");
        assertThat(withdrawn.status()).as("evidence after the answer is ordinary evidence: " + withdrawn).isEqualTo(200);
    }

    @Test
    void theSubmitterWithdrawsBeforeReviewAndNotAfter() {
        String photo = Evidence.upload("buyer1", caseNumber, "PHOTO", "wrong photo", Evidence.jpeg(20));
        String kept = Evidence.upload("buyer1", caseNumber, "PHOTO", "right photo", Evidence.jpeg(21));

        assertThat(Api.as("seller1").post(evidencePath() + "/" + photo + "/withdrawal", Api.object("reason", "not yours"))
                .status()).isEqualTo(403);
        Api.Reply withdrawn = Api.as("buyer1").post(evidencePath() + "/" + photo + "/withdrawal",
                Api.object("reason", "uploaded the wrong photo"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("withdrawnReason").asText()).isEqualTo("uploaded the wrong photo");
        assertThat(Api.as("buyer1").post(evidencePath() + "/" + photo + "/withdrawal", Api.object("reason", "again"))
                .status()).isEqualTo(409);
        assertThat(Api.as("seller1").bytes("GET", evidencePath() + "/" + photo + "/content").status()).isEqualTo(403);

        Api.as("seller1").post("/api/v1/cases/" + caseNumber + "/statement",
                Api.object("text", "Delivered to the locker the buyer chose; pickup code sent by SMS."));
        Api.Reply tooLate = Api.as("buyer1").post(evidencePath() + "/" + kept + "/withdrawal",
                Api.object("reason", "changed my mind"));
        assertThat(tooLate.status()).as(tooLate.toString()).isEqualTo(409);
        assertThat(tooLate.body()).contains("before the review");

        List<String> events = new ArrayList<>();
        for (JsonNode entry : Api.as("buyer1").get("/api/v1/cases/" + caseNumber + "/custody").json().get("entries")) {
            events.add(entry.get("event").asText());
        }
        assertThat(events).containsExactly("SUBMITTED", "SUBMITTED", "WITHDRAWN");
    }
}
