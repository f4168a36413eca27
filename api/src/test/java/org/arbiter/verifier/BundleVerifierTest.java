package org.arbiter.verifier;

import static org.arbiter.verifier.BundleFixture.CASE_A;
import static org.arbiter.verifier.BundleFixture.CASE_B;
import static org.arbiter.verifier.BundleFixture.CASE_D;
import static org.arbiter.verifier.BundleFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleVerifierTest {

    /** Where the valid bundle and the key are left for a manual {@code java -jar} run. */
    static final Path OUT = Path.of("target", "verifier-bundles");
    static BundleFixture fixture;
    static Path valid;

    @TempDir
    Path temp;

    @BeforeAll
    static void writeTheValidBundle() throws IOException {
        fixture = new BundleFixture();
        Files.createDirectories(OUT);
        valid = OUT.resolve("case-" + CASE_A + ".zip");
        fixture.writeBundle(CASE_A, valid);
        Files.writeString(OUT.resolve("log-public-key.pem"), Ed25519Keys.toPem(fixture.keys.getPublic()));
        // A tampered copy for the manual run: an entry removed.
        Map<String, byte[]> files = BundleFixture.readZip(valid);
        files.remove("custody/000003.entry");
        files.remove("custody/000003.proof");
        BundleFixture.writeZip(OUT.resolve("case-" + CASE_A + "-tampered.zip"), files);
    }

    /** A copy of the valid bundle with a change applied to its files. */
    private Path tamper(Consumer<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> files = BundleFixture.readZip(valid);
        change.accept(files);
        Path zip = temp.resolve("tampered.zip");
        BundleFixture.writeZip(zip, files);
        return zip;
    }

    private static List<String> problems(Path zip) {
        VerificationReport report = BundleVerifier.verify(zip, fixture.keys.getPublic());
        assertThat(report.ok()).isEqualTo(report.problems().isEmpty());
        return report.problems();
    }

    private static byte[] withDetail(byte[] entryBytes, String detail) {
        CustodyEntry e = CustodyEntry.parse(entryBytes);
        return new CustodyEntry(e.caseNumber(), e.seq(), e.event(), e.evidenceId(), e.sha256(), e.actor(), e.role(),
                e.at(), detail, e.prev()).toBytes();
    }

    @Test
    void theTreeIsSharedBySeveralCases() {
        assertThat(fixture.cases).hasSize(4);
        assertThat(fixture.sth.treeSize()).isEqualTo(16);
        assertThat(fixture.cases.get(CASE_A)).hasSize(6);
    }

    @Test
    void aValidBundleVerifies() throws IOException {
        Map<String, byte[]> files = BundleFixture.readZip(valid);
        assertThat(files.keySet()).containsExactly("sth.txt",
                "custody/000001.entry", "custody/000001.proof", "custody/000002.entry", "custody/000002.proof",
                "custody/000003.entry", "custody/000003.proof", "custody/000004.entry", "custody/000004.proof",
                "custody/000005.entry", "custody/000005.proof", "custody/000006.entry", "custody/000006.proof",
                "evidence/" + min(fixture.photoHash, fixture.invoiceHash),
                "evidence/" + max(fixture.photoHash, fixture.invoiceHash),
                "case.json");
        assertThat(files.get("custody/000004.entry")).isEqualTo(fixture.cases.get(CASE_A).get(3).bytes());
        assertThat(files.get("evidence/" + fixture.photoHash)).isEqualTo(fixture.photo);
        VerificationReport report = BundleVerifier.verify(valid, fixture.keys.getPublic());
        assertThat(report.problems()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.summary()).isEqualTo("case " + CASE_A + ", 6 custody entries, 2 evidence files, "
                + "signed tree of 16 entries at " + Instant.ofEpochMilli(BundleFixture.STH_TIME));
    }

    /** A desktop whose locale writes other digits (Thai here) names and reads the entries as every other does. */
    @Test
    void theEntriesNamesDoNotDependOnTheDefaultLocale() throws IOException {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("th-TH-u-nu-thai"));
        try {
            assertThat(String.format("%d", 1)).as("the locale really writes other digits").isNotEqualTo("1");
            Path zip = temp.resolve("thai-desktop.zip");
            fixture.writeBundle(CASE_A, zip);

            assertThat(BundleFixture.readZip(zip).keySet()).contains("custody/000001.entry", "custody/000006.proof");
            assertThat(problems(zip)).isEmpty();
            assertThat(problems(valid)).isEmpty();
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    private static String min(String a, String b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) < 0 ? b : a;
    }

    @Test
    void alteredEntry() throws IOException {
        Path zip = tamper(files -> files.put("custody/000004.entry",
                withDetail(files.get("custody/000004.entry"), "label is fine")));
        assertThat(problems(zip))
                .containsExactly("custody/000004.entry: altered (not in the signed log: inclusion proof fails)");
    }

    @Test
    void removedMiddleEntry() throws IOException {
        Path zip = tamper(files -> {
            files.remove("custody/000003.entry");
            files.remove("custody/000003.proof");
        });
        assertThat(problems(zip)).containsExactly("custody/000004.entry: follows 000002 — entry 3 was removed");
    }

    @Test
    void removedFirstEntry() throws IOException {
        Path zip = tamper(files -> {
            files.remove("custody/000001.entry");
            files.remove("custody/000001.proof");
        });
        // Entry 1 was the SUBMITTED entry of the photo: without it, nothing in the log accounts for the file.
        assertThat(problems(zip)).containsExactly(
                "custody/000002.entry: the chain starts at entry 2 — entry 1 was removed",
                "evidence/" + fixture.photoHash + ": added (no custody entry refers to it)");
    }

    @Test
    void removedEntriesLeavingTheirProof() throws IOException {
        Path zip = tamper(files -> {
            files.remove("custody/000003.entry");
            files.remove("custody/000004.entry");
            files.remove("custody/000004.proof");
        });
        assertThat(problems(zip)).containsExactly(
                "custody/000003.proof: unexpected file (there is no custody/000003.entry)",
                "custody/000005.entry: follows 000002 — entries 3 to 4 were removed");
    }

    @Test
    void reorderedEntries() throws IOException {
        Path zip = tamper(files -> {
            byte[] third = files.get("custody/000003.entry");
            files.put("custody/000003.entry", files.get("custody/000004.entry"));
            files.put("custody/000004.entry", third);
        });
        assertThat(problems(zip)).containsExactly(
                "custody/000003.entry: out of order (contains entry 4, expected entry 3)",
                "custody/000004.entry: out of order (contains entry 3, expected entry 4)");
    }

    @Test
    void reorderedEntriesWithTheirProofs() throws IOException {
        Path zip = tamper(files -> {
            for (String kind : new String[] {".entry", ".proof"}) {
                byte[] second = files.get("custody/000002" + kind);
                files.put("custody/000002" + kind, files.get("custody/000005" + kind));
                files.put("custody/000005" + kind, second);
            }
        });
        assertThat(problems(zip)).containsExactly(
                "custody/000002.entry: out of order (contains entry 5, expected entry 2)",
                "custody/000005.entry: out of order (contains entry 2, expected entry 5)");
    }

    @Test
    void addedEntry() throws IOException {
        CustodyEntry last = CustodyEntry.parse(BundleFixture.readZip(valid).get("custody/000006.entry"));
        CustodyEntry added = new CustodyEntry(CASE_A, 7, "VIEWED", null, null, "intruder", "AGENT",
                last.at().plusSeconds(5), "", last.hashHex());
        Path zip = tamper(files -> files.put("custody/000007.entry", added.toBytes()));
        assertThat(problems(zip)).containsExactly("custody/000007.entry: added (no proof)");
    }

    @Test
    void addedEntryWithAForgedProof() throws IOException {
        CustodyEntry last = CustodyEntry.parse(BundleFixture.readZip(valid).get("custody/000006.entry"));
        CustodyEntry added = new CustodyEntry(CASE_A, 7, "VIEWED", null, null, "intruder", "AGENT",
                last.at().plusSeconds(5), "", last.hashHex());
        Path zip = tamper(files -> {
            files.put("custody/000007.entry", added.toBytes());
            files.put("custody/000007.proof", files.get("custody/000006.proof"));
        });
        assertThat(problems(zip))
                .containsExactly("custody/000007.entry: added (not in the signed log: inclusion proof fails)");
    }

    @Test
    void alteredProof() throws IOException {
        Path zip = tamper(files -> {
            InclusionProof proof = InclusionProof.parse(new String(files.get("custody/000002.proof"),
                    StandardCharsets.UTF_8));
            List<byte[]> path = Probes.flip(proof.path(), 1, 4);
            files.put("custody/000002.proof", utf8(new InclusionProof(proof.leafIndex(), proof.treeSize(), path)
                    .toText()));
        });
        assertThat(problems(zip))
                .containsExactly("custody/000002.entry: altered (not in the signed log: inclusion proof fails)");
    }

    @Test
    void proofAgainstAnotherTreeSize() throws IOException {
        BundleFixture.Logged second = fixture.cases.get(CASE_A).get(1);
        InclusionProof older = fixture.proof(second, 15);
        Path zip = tamper(files -> files.put("custody/000002.proof", utf8(older.toText())));
        assertThat(problems(zip)).containsExactly(
                "custody/000002.proof: proof is for a tree of 15 entries, but sth.txt signs a tree of 16");
    }

    @Test
    void malformedFiles() throws IOException {
        Path zip = tamper(files -> {
            files.put("custody/000003.proof", utf8("leaf-index: 5\n"));
            files.put("custody/000005.entry", utf8("hello\n"));
        });
        assertThat(problems(zip)).containsExactly(
                "custody/000003.proof: malformed (inclusion proof: line 2 (tree-size) is missing)",
                "custody/000005.entry: malformed (custody entry: line 1 must be 'arbiter-custody-entry/1': 'hello')",
                "custody/000006.entry: follows 000004 — entry 5 was removed");
    }

    @Test
    void alteredEvidence() throws IOException {
        String name = "evidence/" + fixture.photoHash;
        byte[] changed = fixture.photo.clone();
        changed[150_000] ^= 1;
        Path zip = tamper(files -> files.put(name, changed));
        assertThat(problems(zip)).containsExactly(
                name + ": altered (SHA-256 is " + MerkleHash.hex(MerkleHash.sha256(changed)) + ")");
    }

    @Test
    void removedEvidence() throws IOException {
        String name = "evidence/" + fixture.invoiceHash;
        Path zip = tamper(files -> files.remove(name));
        assertThat(problems(zip)).containsExactly(name + ": missing (referenced by custody/000002.entry)");
    }

    @Test
    void addedEvidence() throws IOException {
        byte[] content = utf8("a photo nobody submitted");
        String name = "evidence/" + MerkleHash.hex(MerkleHash.sha256(content));
        Path zip = tamper(files -> files.put(name, content));
        assertThat(problems(zip)).containsExactly(name + ": added (no custody entry refers to it)");
    }

    @Test
    void alteredCaseDocument() throws IOException {
        Path zip = tamper(files -> files.put("case.json", utf8("{\"caseNumber\":\"" + CASE_A
                + "\",\"status\":\"CLOSED\"}\n")));
        assertThat(problems(zip)).containsExactly("case.json: altered (SHA-256 differs from the EXPORTED entry)");
    }

    @Test
    void missingCaseDocumentAndSignedTreeHead() throws IOException {
        Path zip = tamper(files -> {
            files.remove("case.json");
            files.remove("sth.txt");
        });
        assertThat(problems(zip)).containsExactly("sth.txt: missing", "case.json: missing");
    }

    @Test
    void removedExportedEntry() throws IOException {
        Path zip = tamper(files -> {
            files.remove("custody/000006.entry");
            files.remove("custody/000006.proof");
        });
        assertThat(problems(zip)).containsExactly(
                "custody/000005.entry: the last entry is VERIFIED, not EXPORTED",
                "case.json: cannot be checked (no EXPORTED entry in the signed log)");
    }

    @Test
    void wrongPublicKey() {
        VerificationReport report = BundleVerifier.verify(valid, Ed25519Keys.generate().getPublic());
        assertThat(report.ok()).isFalse();
        assertThat(report.problems())
                .containsExactly("sth.txt: signature does not verify with the given public key");
        assertThat(report.summary()).isEqualTo("case " + CASE_A + ": 1 problem");
    }

    @Test
    void alteredSignedTreeHead() throws IOException {
        SignedTreeHead sth = fixture.sth;
        SignedTreeHead forged = new SignedTreeHead(sth.treeSize(), sth.timestampMillis() + 1000, sth.rootHash(),
                sth.signature());
        Path zip = tamper(files -> files.put("sth.txt", utf8(forged.toText())));
        assertThat(problems(zip))
                .containsExactly("sth.txt: signature does not verify with the given public key");
        Path malformed = tamper(files -> files.put("sth.txt", utf8("tree-size: 16\n")));
        assertThat(problems(malformed))
                .containsExactly("sth.txt: malformed (signed tree head: line 2 (timestamp) is missing)");
    }

    @Test
    void unexpectedFiles() throws IOException {
        Path zip = tamper(files -> {
            files.put("notes.txt", utf8("hi"));
            files.put("custody/3.entry", files.get("custody/000003.entry"));
            files.put("evidence/readme", utf8("x"));
        });
        assertThat(problems(zip)).containsExactly(
                "notes.txt: unexpected file", "custody/3.entry: unexpected file", "evidence/readme: unexpected file");
    }

    @Test
    void entriesOfAnotherCaseMixedIn() throws IOException {
        BundleFixture.Logged other = fixture.cases.get(CASE_B).get(2);
        InclusionProof proof = fixture.proof(other, fixture.sth.treeSize());
        Path zip = tamper(files -> {
            files.put("custody/000003.entry", other.bytes());
            files.put("custody/000003.proof", utf8(proof.toText()));
        });
        assertThat(problems(zip)).containsExactly(
                "custody/000003.entry: belongs to case " + CASE_B + ", not " + CASE_A
                        + " (entries of different cases mixed)",
                "custody/000004.entry: follows 000002 — entry 3 was removed");
    }

    @Test
    void brokenChainsSignedByTheLogAreReported() throws IOException {
        Path zip = temp.resolve("case-d.zip");
        fixture.writeBundle(CASE_D, zip);
        assertThat(problems(zip)).containsExactly(
                "custody/000001.entry: prev is not GENESIS although this is the first entry",
                "custody/000002.entry: prev is not the hash of entry 1 (hash chain broken)");
    }

    @Test
    void anotherCasesValidBundleIsNotExported() throws IOException {
        Path zip = temp.resolve("case-b.zip");
        fixture.writeBundle(CASE_B, zip);
        assertThat(problems(zip)).containsExactly(
                "custody/000004.entry: the last entry is VIEWED, not EXPORTED",
                "case.json: cannot be checked (no EXPORTED entry in the signed log)");
    }

    @Test
    void notAZip() throws IOException {
        Path junk = temp.resolve("junk.zip");
        Files.writeString(junk, "this is not a zip");
        assertThatThrownBy(() -> BundleVerifier.verify(junk, fixture.keys.getPublic()))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("as a ZIP file");
        assertThatThrownBy(() -> BundleVerifier.verify(temp.resolve("absent.zip"), fixture.keys.getPublic()))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void writerStreamsEvidenceAndChecksItsHash() throws IOException {
        // 20 MB of evidence generated on the fly: the writer never needs it in memory.
        long size = 20L << 20;
        MessageDigest digest = MerkleHash.newDigest();
        try (InputStream in = new Generated(size)) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, n);
            }
        }
        String hash = MerkleHash.hex(digest.digest());
        CaseBundleWriter writer = new CaseBundleWriter(fixture.sth)
                .addEvidence(hash, () -> new Generated(size))
                .caseJson(utf8("{}"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(out);
        assertThat(out.size()).isGreaterThan(1000);
        CaseBundleWriter wrong = new CaseBundleWriter(fixture.sth)
                .addEvidence(fixture.photoHash, CaseBundleWriter.EvidenceSource.of(utf8("not the photo")))
                .caseJson(utf8("{}"));
        assertThatThrownBy(() -> wrong.writeTo(new ByteArrayOutputStream())).isInstanceOf(IOException.class)
                .hasMessageContaining(fixture.photoHash);
        assertThatThrownBy(() -> new CaseBundleWriter(fixture.sth).writeTo(new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class);
        BundleFixture.Logged first = fixture.cases.get(CASE_A).get(0);
        assertThatThrownBy(() -> new CaseBundleWriter(fixture.sth).addEntry(first.bytes(), fixture.proof(first, 15)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("15");
    }

    /** Deterministic pseudo-random bytes of a given length. */
    static final class Generated extends InputStream {
        private long remaining;
        private long state = 0x9E3779B97F4A7C15L;

        Generated(long length) {
            this.remaining = length;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            state = state * 6364136223846793005L + 1442695040888963407L;
            return (int) (state >>> 56);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }
}
