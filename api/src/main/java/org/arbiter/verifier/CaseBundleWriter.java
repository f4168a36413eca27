package org.arbiter.verifier;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a case bundle, the ZIP that {@link BundleVerifier} checks:
 *
 * <ul>
 *   <li>{@code sth.txt}: the {@link SignedTreeHead} text;</li>
 *   <li>{@code custody/000001.entry}, ...: the exact bytes of each custody entry (6-digit zero-padded seq);</li>
 *   <li>{@code custody/000001.proof}, ...: its {@link InclusionProof} against the signed tree head;</li>
 *   <li>{@code evidence/<sha256 hex>}: every evidence file referenced by a SUBMITTED entry;</li>
 *   <li>{@code case.json}: the case document, whose SHA-256 the last (EXPORTED) entry records.</li>
 * </ul>
 *
 * <p>Evidence is streamed from its source into the ZIP, never held in memory whole, and its SHA-256 is checked on
 * the way: a source whose content does not match its name fails the write. The entries' timestamps are the signed
 * tree head's, so the same input gives the same bytes. The writer checks the shapes it writes, not the chain: the
 * verifier does that.
 */
public final class CaseBundleWriter {

    /** Opens the content of one evidence file; called once, the stream is closed by the writer. */
    @FunctionalInterface
    public interface EvidenceSource {
        InputStream open() throws IOException;

        /** The content of a file. */
        static EvidenceSource of(Path file) {
            Objects.requireNonNull(file, "file");
            return () -> Files.newInputStream(file);
        }

        /** Bytes already in memory (small content, tests). */
        static EvidenceSource of(byte[] content) {
            byte[] copy = content.clone();
            return () -> new ByteArrayInputStream(copy);
        }
    }

    /**
     * One custody entry of the bundle.
     *
     * @param entryBytes the canonical entry bytes ({@link CustodyEntry#toBytes()}), exactly as logged
     * @param proof      the inclusion proof of {@code MerkleHash.leaf(entryBytes)} against the signed tree head
     */
    public record Custody(byte[] entryBytes, InclusionProof proof) {
        public Custody {
            Objects.requireNonNull(entryBytes, "entryBytes");
            Objects.requireNonNull(proof, "proof");
            entryBytes = entryBytes.clone();
        }

        @Override
        public byte[] entryBytes() {
            return entryBytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Custody other && Arrays.equals(entryBytes, other.entryBytes)
                    && proof.equals(other.proof);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(entryBytes) + proof.hashCode();
        }

        @Override
        public String toString() {
            return "Custody[" + entryBytes.length + " bytes, " + proof + "]";
        }
    }

    /** The name of the signed tree head in the ZIP. */
    public static final String STH = "sth.txt";
    /** The name of the case document in the ZIP. */
    public static final String CASE_JSON = "case.json";
    /** The folder of the custody entries and proofs. */
    public static final String CUSTODY = "custody/";
    /** The folder of the evidence files. */
    public static final String EVIDENCE = "evidence/";

    private static final int BUFFER = 64 * 1024;

    private final SignedTreeHead sth;
    private final List<Custody> custody = new ArrayList<>();
    private final Map<String, EvidenceSource> evidence = new TreeMap<>();
    private byte[] caseJson;

    /** A bundle for this signed tree head. */
    public CaseBundleWriter(SignedTreeHead sth) {
        this.sth = Objects.requireNonNull(sth, "sth");
    }

    /** The ZIP name of the entry with this seq: {@code custody/000042.entry}. */
    public static String entryName(long seq) {
        return CUSTODY + String.format(Locale.ROOT, "%06d", seq) + ".entry";
    }

    /** The ZIP name of the proof of the entry with this seq: {@code custody/000042.proof}. */
    public static String proofName(long seq) {
        return CUSTODY + String.format(Locale.ROOT, "%06d", seq) + ".proof";
    }

    /** The ZIP name of the evidence file with this SHA-256: {@code evidence/<hex>}. */
    public static String evidenceName(String sha256Hex) {
        return EVIDENCE + sha256Hex;
    }

    /**
     * Adds a custody entry and its proof; named after the entry's seq.
     *
     * @throws IllegalArgumentException if the bytes are not a canonical entry, its seq is already in the bundle, or
     *                                  the proof is not for the signed tree head's size
     */
    public CaseBundleWriter addEntry(byte[] entryBytes, InclusionProof proof) {
        Custody item = new Custody(entryBytes, proof);
        CustodyEntry.parse(entryBytes);
        if (proof.treeSize() != sth.treeSize()) {
            throw new IllegalArgumentException("the proof is for a tree of " + proof.treeSize()
                    + " entries, the signed tree head has " + sth.treeSize());
        }
        custody.add(item);
        return this;
    }

    /**
     * Adds an evidence file.
     *
     * @param sha256Hex the SHA-256 of its content, 64 lowercase hex
     */
    public CaseBundleWriter addEvidence(String sha256Hex, EvidenceSource source) {
        if (!MerkleHash.isHash(sha256Hex)) {
            throw new IllegalArgumentException("not a SHA-256 in lowercase hex: " + sha256Hex);
        }
        Objects.requireNonNull(source, "source");
        if (evidence.putIfAbsent(sha256Hex, source) != null) {
            throw new IllegalArgumentException("evidence " + sha256Hex + " is already in the bundle");
        }
        return this;
    }

    /** Adds an evidence file read from {@code file}. */
    public CaseBundleWriter addEvidence(String sha256Hex, Path file) {
        return addEvidence(sha256Hex, EvidenceSource.of(file));
    }

    /** Sets the case document. */
    public CaseBundleWriter caseJson(byte[] caseJson) {
        this.caseJson = Objects.requireNonNull(caseJson, "caseJson").clone();
        return this;
    }

    /**
     * Writes the ZIP to {@code out}, which is finished but not closed.
     *
     * @throws IllegalStateException if the case document was not set
     * @throws IOException           on a write error, or if an evidence file's content does not match its name
     */
    public void writeTo(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (caseJson == null) {
            throw new IllegalStateException("the case document (case.json) was not set");
        }
        FileTime time = FileTime.fromMillis(sth.timestampMillis());
        Map<Long, Custody> bySeq = new LinkedHashMap<>();
        for (Custody item : custody) {
            long seq = CustodyEntry.parse(item.entryBytes).seq();
            if (bySeq.putIfAbsent(seq, item) != null) {
                throw new IllegalStateException("two entries have seq " + seq);
            }
        }
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        put(zip, STH, sth.toText().getBytes(StandardCharsets.UTF_8), time);
        for (Map.Entry<Long, Custody> item : bySeq.entrySet()) {
            put(zip, entryName(item.getKey()), item.getValue().entryBytes, time);
            put(zip, proofName(item.getKey()), item.getValue().proof().toText().getBytes(StandardCharsets.UTF_8),
                    time);
        }
        for (Map.Entry<String, EvidenceSource> item : evidence.entrySet()) {
            ZipEntry entry = new ZipEntry(evidenceName(item.getKey()));
            entry.setLastModifiedTime(time);
            zip.putNextEntry(entry);
            MessageDigest digest = MerkleHash.newDigest();
            try (InputStream in = Objects.requireNonNull(item.getValue().open(), "evidence stream")) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    digest.update(buffer, 0, n);
                    zip.write(buffer, 0, n);
                }
            }
            String actual = MerkleHash.hex(digest.digest());
            if (!actual.equals(item.getKey())) {
                throw new IOException("evidence " + item.getKey() + ": the content's SHA-256 is " + actual);
            }
            zip.closeEntry();
        }
        put(zip, CASE_JSON, caseJson, time);
        zip.finish();
        zip.flush();
    }

    /** Writes the ZIP to a file (created or replaced). */
    public void writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeTo(out);
        }
    }

    /**
     * Writes a bundle in one call.
     *
     * @param evidence SHA-256 (lowercase hex) to content
     */
    public static void write(OutputStream out, SignedTreeHead sth, List<Custody> custody,
                             Map<String, EvidenceSource> evidence, byte[] caseJson) throws IOException {
        CaseBundleWriter writer = new CaseBundleWriter(sth);
        custody.forEach(item -> writer.addEntry(item.entryBytes, item.proof()));
        evidence.forEach(writer::addEvidence);
        writer.caseJson(caseJson).writeTo(out);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content, FileTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** Lets {@link ZipOutputStream} finish without closing the caller's stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
