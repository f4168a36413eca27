package org.arbiter.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A small log shared by several cases, as the server would keep it: custody entries chained per case, appended to
 * one Merkle tree whose complete subtrees are stored, a signed tree head, and bundles written with
 * {@link CaseBundleWriter}.
 */
final class BundleFixture {

    /** One logged entry. */
    record Logged(CustodyEntry entry, byte[] bytes, long leafIndex) {
    }

    static final String CASE_A = "2026112300001";
    static final String CASE_B = "2026112300002";
    static final String CASE_C = "2026112300003";
    /** A case whose chain the (buggy) server broke: wrong GENESIS, wrong prev. */
    static final String CASE_D = "2026112300004";
    static final long STH_TIME = 1795410000123L;
    static final Instant START = Instant.parse("2026-11-23T05:00:00.123Z");

    final KeyPair keys = Ed25519Keys.generate();
    final LogAppender appender = LogAppender.empty();
    final Map<String, List<Logged>> cases = new LinkedHashMap<>();
    /** Evidence content by SHA-256 hex. */
    final Map<String, byte[]> evidence = new LinkedHashMap<>();
    /** case.json by case. */
    final Map<String, byte[]> caseJson = new LinkedHashMap<>();

    final byte[] photo;
    final byte[] invoice;
    final String photoHash;
    final String invoiceHash;
    SignedTreeHead sth;

    BundleFixture() {
        Random random = new Random(42);
        photo = new byte[300_000];
        random.nextBytes(photo);
        invoice = "%PDF-1.7 invoice 4711, EUR 129.00\n".getBytes(StandardCharsets.UTF_8);
        photoHash = addEvidence(photo);
        invoiceHash = addEvidence(invoice);
        byte[] receipt = "receipt of case B".getBytes(StandardCharsets.UTF_8);
        String receiptHash = addEvidence(receipt);

        // Entries of four cases, interleaved in the log.
        log(CASE_A, "SUBMITTED", "17", photoHash, "buyer1", "BUYER", "photo of the parcel");
        log(CASE_B, "SUBMITTED", "21", receiptHash, "buyer9", "BUYER", "");
        log(CASE_A, "SUBMITTED", "18", invoiceHash, "seller1", "SELLER", "invoice");
        log(CASE_C, "VIEWED", null, null, "agent2", "AGENT", "");
        log(CASE_B, "VIEWED", "21", receiptHash, "agent2", "AGENT", "");
        log(CASE_A, "VIEWED", "17", photoHash, "agent7", "AGENT", "");
        log(CASE_B, "ANNOTATED", "21", receiptHash, "agent2", "AGENT", "stamp\\date unreadable");
        log(CASE_A, "ANNOTATED", "17", photoHash, "agent7", "AGENT", "label is torn\nsee the left corner");
        logRaw(CASE_D, "VIEWED", null, null, "agent3", "AGENT", "", MerkleHash.hex(MerkleHash.sha256(new byte[1])));
        log(CASE_C, "VIEWED", null, null, "agent3", "AGENT", "");
        log(CASE_A, "VERIFIED", "18", invoiceHash, "specialist4", "SPECIALIST", "matches the order");
        logRaw(CASE_D, "VIEWED", null, null, "agent3", "AGENT", "", CustodyEntry.GENESIS);
        byte[] jsonA = ("{\"caseNumber\":\"" + CASE_A + "\",\"status\":\"IN_REVIEW\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        caseJson.put(CASE_A, jsonA);
        log(CASE_A, "EXPORTED", null, MerkleHash.hex(MerkleHash.sha256(jsonA)), "agent7", "AGENT",
                "bundle for the parties");
        byte[] jsonD = ("{\"caseNumber\":\"" + CASE_D + "\"}\n").getBytes(StandardCharsets.UTF_8);
        caseJson.put(CASE_D, jsonD);
        caseJson.put(CASE_B, utf8("{\"caseNumber\":\"" + CASE_B + "\"}\n"));
        log(CASE_D, "EXPORTED", null, MerkleHash.hex(MerkleHash.sha256(jsonD)), "agent3", "AGENT", "");
        log(CASE_B, "VIEWED", "21", receiptHash, "buyer9", "BUYER", "");
        log(CASE_C, "VIEWED", null, null, "agent3", "AGENT", "");
        sth = SignedTreeHead.sign(appender.treeSize(), STH_TIME, appender.root(), keys.getPrivate());
    }

    private String addEvidence(byte[] content) {
        String hash = MerkleHash.hex(MerkleHash.sha256(content));
        evidence.put(hash, content);
        return hash;
    }

    /** Logs the next entry of a case, chained to its previous one. */
    Logged log(String caseNumber, String event, String evidenceId, String sha256, String actor, String role,
               String detail) {
        List<Logged> chain = cases.computeIfAbsent(caseNumber, c -> new ArrayList<>());
        String prev = chain.isEmpty() ? CustodyEntry.GENESIS : chain.get(chain.size() - 1).entry().hashHex();
        return logRaw(caseNumber, event, evidenceId, sha256, actor, role, detail, prev);
    }

    /** Logs the next entry of a case with the given prev. */
    Logged logRaw(String caseNumber, String event, String evidenceId, String sha256, String actor, String role,
                  String detail, String prev) {
        List<Logged> chain = cases.computeIfAbsent(caseNumber, c -> new ArrayList<>());
        CustodyEntry entry = new CustodyEntry(caseNumber, chain.size() + 1, event, evidenceId, sha256, actor, role,
                START.plusSeconds(60 * appender.treeSize()), detail, prev);
        byte[] bytes = entry.toBytes();
        Logged logged = new Logged(entry, bytes, appender.treeSize());
        appender.append(MerkleHash.leaf(bytes));
        chain.add(logged);
        return logged;
    }

    /** The inclusion proof of a logged entry in the tree of {@code treeSize} leaves, from the stored nodes. */
    InclusionProof proof(Logged logged, long treeSize) {
        return InclusionProof.of(logged.leafIndex(), treeSize, appender.completedNodes()::get);
    }

    /** The bundle of a case, as the server writes it. */
    void writeBundle(String caseNumber, Path zip) throws IOException {
        CaseBundleWriter writer = new CaseBundleWriter(sth);
        for (Logged logged : cases.get(caseNumber)) {
            writer.addEntry(logged.bytes(), proof(logged, sth.treeSize()));
            CustodyEntry entry = logged.entry();
            if (entry.event().equals("SUBMITTED") && evidence.containsKey(entry.sha256())) {
                try {
                    writer.addEvidence(entry.sha256(),
                            CaseBundleWriter.EvidenceSource.of(evidence.get(entry.sha256())));
                } catch (IllegalArgumentException alreadyThere) {
                    // Submitted twice: one file.
                }
            }
        }
        writer.caseJson(caseJson.get(caseNumber));
        writer.writeTo(zip);
    }

    /** The files of a ZIP, in order. */
    static Map<String, byte[]> readZip(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zin.getNextEntry()) != null; ) {
                files.put(entry.getName(), zin.readAllBytes());
            }
        }
        return files;
    }

    /** Writes files as a ZIP. */
    static void writeZip(Path zip, Map<String, byte[]> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zout = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zout.putNextEntry(new ZipEntry(file.getKey()));
                zout.write(file.getValue());
                zout.closeEntry();
            }
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
