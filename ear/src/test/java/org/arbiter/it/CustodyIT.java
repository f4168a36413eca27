package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.arbiter.verifier.BundleVerifier;
import org.arbiter.verifier.Ed25519Keys;
import org.arbiter.verifier.MerkleHash;
import org.arbiter.verifier.MerkleProofs;
import org.arbiter.verifier.SignedTreeHead;
import org.arbiter.verifier.VerificationReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain of custody and the global log, checked from outside with the shipped verifier's own code: each
 * entry links to the one before, is in the signed tree, the tree heads are consistent, and an exported bundle
 * verifies — and stops verifying when anything in it is changed.
 */
@ExtendWith(ArquillianExtension.class)
class CustodyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    @TempDir
    Path directory;

    private String caseNumber;

    @BeforeEach
    void aCaseWithEvidence() {
        caseNumber = Evidence.caseOfBuyer1("The parcel never arrived although the tracking says it was delivered.");
        Evidence.upload("buyer1", caseNumber, "PHOTO", "the empty locker", Evidence.jpeg(100));
        Evidence.upload("buyer1", caseNumber, "CHAT_LOG", "chat", Evidence.chat("2026-11-03 10:15 buyer1: where is it?\n"));
        Evidence.upload("seller1", caseNumber, "LOGISTICS_TRACE", "courier trace",
                Evidence.chat("{\"events\":[{\"at\":\"2026-11-04T10:00:00Z\",\"status\":\"SIGNED\",\"by\":\"locker\"}]}"));
    }

    private static PublicKey publicKey() {
        Api.BinaryReply pem = Api.anonymous().bytes("GET", "/api/v1/ledger/public-key");
        assertThat(pem.status()).as(pem.toString()).isEqualTo(200);
        assertThat(pem.header("Content-Type")).startsWith("application/x-pem-file");
        return Ed25519Keys.readPublicKey(new String(pem.body(), java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static SignedTreeHead treeHead(JsonNode view) {
        return new SignedTreeHead(view.get("treeSize").asLong(), view.get("timestamp").asLong(),
                HexFormat.of().parseHex(view.get("rootHash").asText()),
                Base64.getDecoder().decode(view.get("signature").asText()));
    }

    /** The chain once the log has sequenced all of it (the test server sequences every 0.2 s). */
    private JsonNode sequencedChain() throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            JsonNode chain = Api.as("specialist1").get("/api/v1/cases/" + caseNumber + "/custody").json();
            boolean all = true;
            for (JsonNode entry : chain.get("entries")) {
                all &= entry.hasNonNull("leafIndex");
            }
            if (all || Instant.now().isAfter(giveUp)) {
                return chain;
            }
            Thread.sleep(200);
        }
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(h -> hashes.add(HexFormat.of().parseHex(h.asText())));
        return hashes;
    }

    @Test
    void everyEntryLinksToTheOneBeforeAndIsInTheSignedTree() throws Exception {
        JsonNode chain = sequencedChain();
        SignedTreeHead head = treeHead(chain.get("treeHead"));

        assertThat(head.verify(publicKey())).isTrue();
        String previous = "0".repeat(64);
        long seq = 1;
        for (JsonNode entry : chain.get("entries")) {
            byte[] bytes = entry.get("entry").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(entry.get("seq").asLong()).isEqualTo(seq++);
            assertThat(entry.get("entry").asText()).contains("case: " + caseNumber + "\n").contains("prev: " + previous + "\n");
            assertThat(entry.get("entryHash").asText()).isEqualTo(MerkleHash.hex(MerkleHash.sha256(bytes)));
            assertThat(entry.get("leafHash").asText()).isEqualTo(MerkleHash.hex(MerkleHash.leaf(bytes)));
            assertThat(MerkleProofs.verifyInclusion(entry.get("leafIndex").asLong(), head.treeSize(), MerkleHash.leaf(bytes),
                    hashes(entry.get("auditPath")), head.rootHash())).as("entry %s", entry.get("seq")).isTrue();
            previous = entry.get("entryHash").asText();
        }
        assertThat(seq).isEqualTo(4);
    }

    @Test
    void theLogAnswersProofsToAnyoneAndItsTreeHeadsAreConsistent() throws Exception {
        JsonNode chain = sequencedChain();
        SignedTreeHead first = treeHead(chain.get("treeHead"));
        JsonNode entry = chain.get("entries").get(0);

        JsonNode byHash = Api.anonymous().get("/api/v1/ledger/proofs/inclusion?leafHash=" + entry.get("leafHash").asText()
                + "&treeSize=" + first.treeSize()).json();
        assertThat(byHash.get("leafIndex").asLong()).isEqualTo(entry.get("leafIndex").asLong());
        assertThat(MerkleProofs.verifyInclusion(byHash.get("leafIndex").asLong(), first.treeSize(),
                HexFormat.of().parseHex(entry.get("leafHash").asText()), hashes(byHash.get("auditPath")), first.rootHash()))
                .isTrue();
        JsonNode byIndex = Api.anonymous().get("/api/v1/ledger/proofs/inclusion?leafIndex=" + entry.get("leafIndex").asLong()
                + "&treeSize=" + first.treeSize()).json();
        assertThat(byIndex.get("leafHash").asText()).isEqualTo(entry.get("leafHash").asText());
        assertThat(hashes(byIndex.get("auditPath"))).usingElementComparator(java.util.Arrays::compare)
                .containsExactlyElementsOf(hashes(byHash.get("auditPath")));

        // The log grows; the later tree must contain the earlier one.
        Evidence.upload("seller1", caseNumber, "OTHER", "one more", Evidence.chat("more"));
        JsonNode later = sequencedChain();
        SignedTreeHead second = treeHead(later.get("treeHead"));
        assertThat(second.treeSize()).isGreaterThan(first.treeSize());
        JsonNode consistency = Api.anonymous().get("/api/v1/ledger/proofs/consistency?first=" + first.treeSize()
                + "&second=" + second.treeSize()).json();
        assertThat(MerkleProofs.verifyConsistency(first.treeSize(), second.treeSize(), first.rootHash(), second.rootHash(),
                hashes(consistency.get("proof")))).isTrue();
        assertThat(treeHead(Api.anonymous().get("/api/v1/ledger/tree-heads/" + first.treeSize()).json()).verify(publicKey()))
                .isTrue();
    }

    @Test
    void badProofRequestsAreNamed() {
        assertThat(Api.anonymous().get("/api/v1/ledger/proofs/inclusion?leafHash=xyz").body()).contains("leafHash");
        assertThat(Api.anonymous().get("/api/v1/ledger/proofs/inclusion?leafHash=xyz").status()).isEqualTo(400);
        assertThat(Api.anonymous().get("/api/v1/ledger/proofs/inclusion?leafIndex=-1").status()).isEqualTo(400);
        assertThat(Api.anonymous().get("/api/v1/ledger/proofs/inclusion?leafHash=" + "0".repeat(64)).status()).isEqualTo(404);
        assertThat(Api.anonymous().get("/api/v1/ledger/proofs/consistency?first=abc").status()).isEqualTo(400);
        assertThat(Api.anonymous().get("/api/v1/ledger/proofs/consistency?first=5&second=2").status()).isEqualTo(400);
        Api.Reply unpublished = Api.anonymous().get("/api/v1/ledger/proofs/consistency?first=" + Long.MAX_VALUE
                + "&second=" + Long.MAX_VALUE);
        assertThat(unpublished.status()).as(unpublished.toString()).isEqualTo(400);
        assertThat(unpublished.json().get("errors").get(0).get("field").asText()).isEqualTo("first");
        assertThat(unpublished.json().get("errors").get(0).get("message").asText())
                .isEqualTo("is a size at which no tree head was published (" + Long.MAX_VALUE + ")");
        assertThat(Api.anonymous().get("/api/v1/ledger/tree-heads/123456789012").status()).isEqualTo(404);
        Api.Reply signed = Api.anonymous().get("/api/v1/ledger/tree-heads/+5");
        assertThat(signed.status()).as(signed.toString()).isEqualTo(400);
        assertThat(signed.body()).contains("treeSize").contains("digits");
        Api.Reply huge = Api.anonymous().get("/api/v1/ledger/tree-heads/" + "9".repeat(20));
        assertThat(huge.status()).as(huge.toString()).isEqualTo(400);
        assertThat(huge.body()).contains("at most " + Long.MAX_VALUE);
    }

    @Test
    void anExportedBundleVerifiesOfflineAndATamperedOneDoesNot() throws Exception {
        assertThat(Api.as("buyer1").bytes("POST", "/api/v1/cases/" + caseNumber + "/custody/export").status())
                .isEqualTo(403);
        Api.BinaryReply export = Api.as("specialist1").bytes("POST", "/api/v1/cases/" + caseNumber + "/custody/export");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/zip");
        assertThat(export.header("Content-Disposition")).contains("attachment").contains(caseNumber);
        Path bundle = directory.resolve("bundle.zip");
        Files.write(bundle, export.body());

        VerificationReport report = BundleVerifier.verify(bundle, publicKey());
        assertThat(report.ok()).as(report.problems().toString()).isTrue();
        assertThat(report.summary()).contains(caseNumber);

        String photoHash = Evidence.sha256(Evidence.jpeg(100));
        Path tampered = rewrite(bundle, "evidence/" + photoHash, Evidence.jpeg(101));
        VerificationReport broken = BundleVerifier.verify(tampered, publicKey());
        assertThat(broken.ok()).isFalse();
        assertThat(broken.problems()).anySatisfy(p -> assertThat(p).startsWith("evidence/" + photoHash).contains("altered"));

        // The export itself is the chain's last entry, with the case document's hash.
        JsonNode last = null;
        for (JsonNode entry : Api.as("specialist1").get("/api/v1/cases/" + caseNumber + "/custody").json().get("entries")) {
            last = entry;
        }
        assertThat(last.get("event").asText()).isEqualTo("EXPORTED");
    }

    @Test
    void bundlesExportedWhileThePartiesKeepAddingToTheChainEndWithTheirOwnExport() throws Exception {
        String chat = Evidence.upload("buyer1", caseNumber, "CHAT_LOG", "more chat", Evidence.chat("10:20 where is it?\n"));
        String content = "/api/v1/cases/" + caseNumber + "/evidence/" + chat + "/content";
        AtomicBoolean exporting = new AtomicBoolean(true);
        ExecutorService parties = Executors.newFixedThreadPool(2);
        // Each view and each note is a custody entry appended while the exports are recorded and sequenced.
        Future<?> viewing = parties.submit(() -> {
            while (exporting.get()) {
                assertThat(Api.as("seller1").bytes("GET", content).status()).isEqualTo(200);
            }
        });
        Future<?> noting = parties.submit(() -> {
            for (int i = 0; exporting.get(); i++) {
                Api.Reply note = Api.as("buyer1").post("/api/v1/cases/" + caseNumber + "/evidence/" + chat
                        + "/annotations", Api.object("note", "still waiting, day " + i));
                assertThat(note.status()).as(note.toString()).isEqualTo(201);
            }
        });
        int exports = 8;
        try {
            for (int i = 0; i < exports; i++) {
                Api.BinaryReply export = Api.as("specialist1").bytes("POST", "/api/v1/cases/" + caseNumber
                        + "/custody/export");
                assertThat(export.status()).as(export.toString()).isEqualTo(200);
                Path bundle = directory.resolve("bundle-" + i + ".zip");
                Files.write(bundle, export.body());
                VerificationReport report = BundleVerifier.verify(bundle, publicKey());
                assertThat(report.ok()).as("export %d: %s", i, report.problems()).isTrue();
            }
        } finally {
            exporting.set(false);
            parties.shutdown();
        }
        viewing.get();
        noting.get();
        int exported = 0;
        for (JsonNode entry : Api.as("specialist1").get("/api/v1/cases/" + caseNumber + "/custody").json().get("entries")) {
            exported += entry.get("event").asText().equals("EXPORTED") ? 1 : 0;
        }
        assertThat(exported).as("one EXPORTED entry per bundle handed out").isEqualTo(exports);
    }

    @Test
    void textWithLineSeparatorsIsKeptAndTheBundleStillVerifies() throws Exception {
        // Pasted from a document or typed on a phone: VT, FF, LS and PS used to make these a 500.
        String note = "the locker\u2028was empty\u000Bat 10:15\fsee photo";
        String reason = "wrong photo\u2029the right one follows";
        String mark = "matches\u2028the carrier's scan";
        String chat = Evidence.upload("buyer1", caseNumber, "CHAT_LOG", "again", Evidence.chat("10:20 still?\n"));
        String evidence = "/api/v1/cases/" + caseNumber + "/evidence/" + chat;

        Api.Reply noted = Api.as("buyer1").post(evidence + "/annotations", Api.object("note", note));
        Api.Reply withdrawn = Api.as("buyer1").post(evidence + "/withdrawal", Api.object("reason", reason));
        Api.as("seller1").post("/api/v1/cases/" + caseNumber + "/statement",
                Api.object("text", "Delivered into the locker on 4 November; the courier's scan is attached."));
        String trace = Evidence.upload("seller1", caseNumber, "LOGISTICS_TRACE", "scan", Evidence.chat("10:00 locker 12"));
        assertThat(Api.as("specialist1").post("/api/v1/cases/" + caseNumber + "/verification", "").status())
                .isEqualTo(200);
        Api.Reply marked = Api.as("specialist1").post("/api/v1/cases/" + caseNumber + "/evidence/" + trace + "/mark",
                Api.object("mark", "VERIFIED", "reason", mark));
        Api.Reply caption = Api.as("buyer1").upload(Evidence.path(caseNumber, "PHOTO", "the\u2028locker"),
                Evidence.jpeg(7));

        assertThat(noted.status()).as(noted.toString()).isEqualTo(201);
        assertThat(noted.json().get("note").asText()).isEqualTo(note);
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("withdrawnReason").asText()).isEqualTo(reason);
        // A caption is one line wherever it is shown.
        assertThat(caption.status()).as(caption.toString()).isEqualTo(400);
        assertThat(caption.json().get("errors").get(0).get("field").asText()).isEqualTo("caption");

        Api.BinaryReply export = Api.as("specialist1").bytes("POST", "/api/v1/cases/" + caseNumber + "/custody/export");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        Path bundle = directory.resolve("separators.zip");
        Files.write(bundle, export.body());
        VerificationReport report = BundleVerifier.verify(bundle, publicKey());
        assertThat(report.ok()).as(report.problems().toString()).isTrue();
        String entries = Api.as("specialist1").get("/api/v1/cases/" + caseNumber + "/custody").body();
        assertThat(entries).contains("\\\\u2028was empty\\\\u000Bat 10:15\\\\u000Csee photo")
                .contains("wrong photo\\\\u2029the right one").contains("matches\\\\u2028the carrier");
    }

    /** A copy of the bundle with one file's bytes replaced. */
    private Path rewrite(Path bundle, String name, byte[] replacement) throws IOException {
        Path copy = directory.resolve("tampered.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(bundle));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = entry.getName().equals(name) ? replacement : in.readAllBytes();
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy;
    }
}
