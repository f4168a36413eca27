package org.arbiter.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a case bundle (see {@link CaseBundleWriter} for its layout) against the log's public key, and says exactly
 * which file or entry is wrong.
 *
 * <p>What is checked:
 * <ul>
 *   <li>{@code sth.txt} parses and its signature verifies with the key;</li>
 *   <li>every {@code custody/NNNNNN.entry} is a canonical entry with a {@code .proof} against the signed tree head's
 *       size whose inclusion proof verifies against its root (otherwise the entry is <em>added</em> or
 *       <em>altered</em>); an entry whose file number is not its seq is <em>out of order</em> (it is still checked
 *       against the proof of its own seq, so a swap is reported as a swap);</li>
 *   <li>the entries belong to one case and form its whole chain: seqs 1, 2, 3... without gap (a gap is reported as
 *       <em>removed</em> entries), each {@code prev} the hash of the previous entry, GENESIS for the first, logged
 *       in order, the last one EXPORTED;</li>
 *   <li>{@code case.json} has the SHA-256 the EXPORTED entry records;</li>
 *   <li>every evidence file referenced by a SUBMITTED entry is there with that SHA-256, and there is no other;</li>
 *   <li>there is no other file.</li>
 * </ul>
 *
 * <p>Evidence and {@code case.json} are hashed while streaming; only the small text files are read whole (up to
 * 1 MiB each).
 */
public final class BundleVerifier {

    /** The largest sth.txt, entry or proof file read. */
    static final int MAX_TEXT = 1 << 20;

    private static final Pattern CUSTODY_FILE = Pattern.compile("custody/([0-9]{6,18})\\.(entry|proof)");
    private static final String EXPORTED = "EXPORTED";
    private static final String SUBMITTED = "SUBMITTED";

    private BundleVerifier() {
    }

    /**
     * Verifies a bundle.
     *
     * @param bundleZip the ZIP
     * @param key       the log's Ed25519 public key
     * @return the report: every problem found, one line each
     * @throws UncheckedIOException if the file cannot be read as a ZIP at all
     */
    public static VerificationReport verify(Path bundleZip, PublicKey key) {
        Objects.requireNonNull(bundleZip, "bundleZip");
        Objects.requireNonNull(key, "key");
        try (ZipFile zip = new ZipFile(bundleZip.toFile(), StandardCharsets.UTF_8)) {
            return new Run(zip, key).run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + bundleZip + " as a ZIP file: " + message(e), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // ZipFile reports some malformed central directories (bad names) this way.
            throw new UncheckedIOException("cannot read " + bundleZip + " as a ZIP file: " + message(e),
                    new IOException(e));
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String seqText(long seq) {
        return String.format(Locale.ROOT, "%06d", seq);
    }

    private static String removed(long from, long to) {
        return from == to ? "entry " + from + " was removed" : "entries " + from + " to " + to + " were removed";
    }

    /** Whether an entry is in the signed log. */
    private enum Inclusion {
        /** A proof verifies. */
        VERIFIED,
        /** No proof, or the proofs fail: reported on the entry. */
        FAILED,
        /** Could not be checked: the proof or sth.txt is unusable, which is reported on that file. */
        UNCHECKED
    }

    /** One custody entry file that parsed. */
    private static final class Item {
        final long fileSeq;
        final String name;
        final byte[] bytes;
        final CustodyEntry entry;
        Inclusion inclusion;
        boolean hasProof;
        long leafIndex = -1;

        Item(long fileSeq, String name, byte[] bytes, CustodyEntry entry) {
            this.fileSeq = fileSeq;
            this.name = name;
            this.bytes = bytes;
            this.entry = entry;
        }

        /** Not shown to be outside the log; the structural checks use these. */
        boolean trusted() {
            return inclusion != Inclusion.FAILED;
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("larger than " + MAX_TEXT + " bytes");
        }
    }

    /** One verification. */
    private static final class Run {
        private final ZipFile zip;
        private final PublicKey key;
        private final List<String> problems = new ArrayList<>();

        private ZipEntry sthFile;
        private ZipEntry caseFile;
        private final TreeMap<Long, ZipEntry> entryFiles = new TreeMap<>();
        private final TreeMap<Long, ZipEntry> proofFiles = new TreeMap<>();
        private final TreeMap<String, ZipEntry> evidenceFiles = new TreeMap<>();

        private SignedTreeHead sth;
        private final Map<Long, InclusionProof> proofs = new TreeMap<>();
        private final List<Item> items = new ArrayList<>();
        private String caseNumber;

        Run(ZipFile zip, PublicKey key) {
            this.zip = zip;
            this.key = key;
        }

        VerificationReport run() {
            inventory();
            checkSignedTreeHead();
            readProofs();
            readEntries();
            List<Item> chain = checkCase();
            checkChain(chain);
            Item exported = checkLast(chain);
            checkCaseDocument(exported);
            checkEvidence(chain);
            if (problems.isEmpty()) {
                return new VerificationReport(true, "case " + caseNumber + ", "
                        + count(items.size(), "custody entry", "custody entries") + ", "
                        + count(evidenceFiles.size(), "evidence file", "evidence files")
                        + ", signed tree of " + count(sth.treeSize(), "entry", "entries") + " at " + sth.timestamp(),
                        List.of());
            }
            return new VerificationReport(false, (caseNumber == null ? "bundle" : "case " + caseNumber) + ": "
                    + count(problems.size(), "problem", "problems"), problems);
        }

        private static String count(long n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }

        /** Sorts the files by role; anything else is unexpected. */
        private void inventory() {
            Set<String> seen = new HashSet<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry file = e.nextElement();
                String name = file.getName();
                if (!seen.add(name)) {
                    problems.add(name + ": duplicate file in the ZIP");
                    continue;
                }
                if (file.isDirectory()) {
                    if (!name.equals(CaseBundleWriter.CUSTODY) && !name.equals(CaseBundleWriter.EVIDENCE)) {
                        problems.add(name + ": unexpected folder");
                    }
                    continue;
                }
                if (name.equals(CaseBundleWriter.STH)) {
                    sthFile = file;
                } else if (name.equals(CaseBundleWriter.CASE_JSON)) {
                    caseFile = file;
                } else if (name.startsWith(CaseBundleWriter.EVIDENCE)
                        && MerkleHash.isHash(name.substring(CaseBundleWriter.EVIDENCE.length()))) {
                    evidenceFiles.put(name.substring(CaseBundleWriter.EVIDENCE.length()), file);
                } else if (!custodyFile(name, file)) {
                    problems.add(name + ": unexpected file");
                }
            }
        }

        private boolean custodyFile(String name, ZipEntry file) {
            Matcher m = CUSTODY_FILE.matcher(name);
            if (!m.matches()) {
                return false;
            }
            long seq = Long.parseLong(m.group(1));
            if (seq < 1 || !seqText(seq).equals(m.group(1))) {
                return false;
            }
            (m.group(2).equals("entry") ? entryFiles : proofFiles).put(seq, file);
            return true;
        }

        private void checkSignedTreeHead() {
            if (sthFile == null) {
                problems.add(CaseBundleWriter.STH + ": missing");
                return;
            }
            byte[] bytes = read(sthFile);
            if (bytes == null) {
                return;
            }
            try {
                sth = SignedTreeHead.parse(new String(bytes, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                problems.add(CaseBundleWriter.STH + ": malformed (" + e.getMessage() + ")");
                return;
            }
            if (!sth.verify(key)) {
                problems.add(CaseBundleWriter.STH + ": signature does not verify with the given public key");
            }
        }

        private void readProofs() {
            for (Map.Entry<Long, ZipEntry> file : proofFiles.entrySet()) {
                String name = file.getValue().getName();
                if (!entryFiles.containsKey(file.getKey())) {
                    problems.add(name + ": unexpected file (there is no "
                            + CaseBundleWriter.entryName(file.getKey()) + ")");
                    continue;
                }
                byte[] bytes = read(file.getValue());
                if (bytes == null) {
                    continue;
                }
                InclusionProof proof;
                try {
                    proof = InclusionProof.parse(new String(bytes, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    problems.add(name + ": malformed (" + e.getMessage() + ")");
                    continue;
                }
                if (sth != null && proof.treeSize() != sth.treeSize()) {
                    problems.add(name + ": proof is for a tree of " + proof.treeSize()
                            + " entries, but sth.txt signs a tree of " + sth.treeSize());
                    continue;
                }
                proofs.put(file.getKey(), proof);
            }
        }

        private void readEntries() {
            for (Map.Entry<Long, ZipEntry> file : entryFiles.entrySet()) {
                String name = file.getValue().getName();
                byte[] bytes = read(file.getValue());
                if (bytes == null) {
                    continue;
                }
                CustodyEntry entry;
                try {
                    entry = CustodyEntry.parse(bytes);
                } catch (IllegalArgumentException e) {
                    problems.add(name + ": malformed (" + e.getMessage() + ")");
                    continue;
                }
                Item item = new Item(file.getKey(), name, bytes, entry);
                checkInclusion(item);
                items.add(item);
            }
            long lastInLog = items.stream().filter(item -> item.inclusion == Inclusion.VERIFIED)
                    .mapToLong(item -> item.entry.seq()).max().orElse(0);
            for (Item item : items) {
                if (item.inclusion == Inclusion.FAILED) {
                    if (!item.hasProof) {
                        problems.add(item.name + ": added (no proof)");
                    } else {
                        problems.add(item.name + ": " + (item.entry.seq() > lastInLog ? "added" : "altered")
                                + " (not in the signed log: inclusion proof fails)");
                    }
                }
                if (item.entry.seq() != item.fileSeq) {
                    problems.add(item.name + ": out of order (contains entry " + item.entry.seq()
                            + ", expected entry " + item.fileSeq + ")");
                }
            }
        }

        /**
         * The entry is in the signed log if the proof of its file, or else (a swapped file) the proof of its seq,
         * verifies.
         */
        private void checkInclusion(Item item) {
            item.hasProof = proofFiles.containsKey(item.fileSeq) || proofFiles.containsKey(item.entry.seq());
            if (!item.hasProof) {
                item.inclusion = Inclusion.FAILED;
                return;
            }
            item.inclusion = Inclusion.UNCHECKED;
            if (sth == null) {
                return;
            }
            byte[] leaf = MerkleHash.leaf(item.bytes);
            for (long seq : new long[] {item.fileSeq, item.entry.seq()}) {
                InclusionProof proof = proofs.get(seq);
                if (proof == null) {
                    continue;
                }
                if (proof.verify(leaf, sth.rootHash())) {
                    item.inclusion = Inclusion.VERIFIED;
                    item.leafIndex = proof.leafIndex();
                    return;
                }
                item.inclusion = Inclusion.FAILED;
            }
        }

        /**
         * The bundle's case is the one of its first entry in the signed log; entries of other cases are reported
         * and left out of the chain.
         */
        private List<Item> checkCase() {
            caseNumber = items.stream().filter(Item::trusted).findFirst()
                    .or(() -> items.stream().findFirst())
                    .map(item -> item.entry.caseNumber()).orElse(null);
            List<Item> chain = new ArrayList<>();
            for (Item item : items) {
                if (item.entry.caseNumber().equals(caseNumber)) {
                    chain.add(item);
                } else {
                    problems.add(item.name + ": belongs to case " + item.entry.caseNumber() + ", not " + caseNumber
                            + " (entries of different cases mixed)");
                }
            }
            chain.sort(Comparator.comparingLong((Item item) -> item.entry.seq())
                    .thenComparingLong(item -> item.fileSeq));
            return chain;
        }

        private void checkChain(List<Item> chain) {
            if (chain.isEmpty()) {
                if (items.isEmpty()) {
                    problems.add("custody/: no custody entry");
                }
                return;
            }
            Item first = chain.get(0);
            if (first.entry.seq() != 1) {
                problems.add(first.name + ": the chain starts at entry " + first.entry.seq() + " — "
                        + removed(1, first.entry.seq() - 1));
            } else if (first.trusted() && !first.entry.prev().equals(CustodyEntry.GENESIS)) {
                problems.add(first.name + ": prev is not GENESIS although this is the first entry");
            }
            for (int i = 1; i < chain.size(); i++) {
                Item a = chain.get(i - 1);
                Item b = chain.get(i);
                long seqA = a.entry.seq();
                long seqB = b.entry.seq();
                if (seqB == seqA) {
                    problems.add(b.name + ": duplicate of entry " + seqB + " (also in " + a.name + ")");
                } else if (seqB > seqA + 1) {
                    problems.add(b.name + ": follows " + seqText(seqA) + " — " + removed(seqA + 1, seqB - 1));
                } else if (a.trusted() && b.trusted()) {
                    // An altered entry is reported as such; its neighbours' links say nothing more.
                    if (!b.entry.prev().equals(a.entry.hashHex())) {
                        problems.add(b.name + ": prev is not the hash of entry " + seqA + " (hash chain broken)");
                    } else if (a.leafIndex >= 0 && b.leafIndex >= 0 && b.leafIndex <= a.leafIndex) {
                        problems.add(b.name + ": logged before entry " + seqA + " (leaf " + b.leafIndex
                                + ", entry " + seqA + " is leaf " + a.leafIndex + ")");
                    }
                }
            }
        }

        /** The last entry in the signed log must be EXPORTED; returns it, or null. */
        private Item checkLast(List<Item> chain) {
            Item last = null;
            for (Item item : chain) {
                if (item.trusted()) {
                    last = item;
                }
            }
            if (last == null) {
                return null;
            }
            if (!EXPORTED.equals(last.entry.event())) {
                problems.add(last.name + ": the last entry is " + last.entry.event() + ", not " + EXPORTED);
                return null;
            }
            if (last.entry.sha256() == null) {
                problems.add(last.name + ": the " + EXPORTED + " entry has no sha256");
                return null;
            }
            return last;
        }

        private void checkCaseDocument(Item exported) {
            String name = CaseBundleWriter.CASE_JSON;
            if (caseFile == null) {
                problems.add(name + ": missing");
                return;
            }
            if (exported == null) {
                problems.add(name + ": cannot be checked (no " + EXPORTED + " entry in the signed log)");
                return;
            }
            String actual = hash(caseFile);
            if (actual != null && !actual.equals(exported.entry.sha256())) {
                problems.add(name + ": altered (SHA-256 differs from the " + EXPORTED + " entry)");
            }
        }

        /**
         * Evidence referenced by SUBMITTED entries in the signed log must be there with its hash; evidence no entry
         * refers to is added. Evidence referenced only by entries not in the log (already reported) is just checked
         * against its name.
         */
        private void checkEvidence(List<Item> chain) {
            Map<String, String> referencedBy = new LinkedHashMap<>();
            Set<String> referencedByFailed = new HashSet<>();
            for (Item item : chain) {
                if (!SUBMITTED.equals(item.entry.event())) {
                    continue;
                }
                if (!item.trusted()) {
                    if (item.entry.sha256() != null) {
                        referencedByFailed.add(item.entry.sha256());
                    }
                    continue;
                }
                if (item.entry.sha256() == null) {
                    problems.add(item.name + ": the " + SUBMITTED + " entry has no sha256");
                    continue;
                }
                referencedBy.putIfAbsent(item.entry.sha256(), item.name);
            }
            Set<String> all = new TreeSet<>(referencedBy.keySet());
            all.addAll(evidenceFiles.keySet());
            for (String sha256 : all) {
                String name = CaseBundleWriter.evidenceName(sha256);
                ZipEntry file = evidenceFiles.get(sha256);
                String entry = referencedBy.get(sha256);
                if (file == null) {
                    problems.add(name + ": missing (referenced by " + entry + ")");
                    continue;
                }
                if (entry == null && !referencedByFailed.contains(sha256)) {
                    problems.add(name + ": added (no custody entry refers to it)");
                    continue;
                }
                String actual = hash(file);
                if (actual != null && !actual.equals(sha256)) {
                    problems.add(name + ": altered (SHA-256 is " + actual + ")");
                }
            }
        }

        /** A small file, or null (reported) if it cannot be read. */
        private byte[] read(ZipEntry file) {
            try (InputStream in = zip.getInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_TEXT + 1);
                if (bytes.length > MAX_TEXT) {
                    throw new TooLarge();
                }
                return bytes;
            } catch (IOException | RuntimeException e) {
                problems.add(file.getName() + ": unreadable (" + message(e) + ")");
                return null;
            }
        }

        /** The SHA-256 of a file, streaming, or null (reported) if it cannot be read. */
        private String hash(ZipEntry file) {
            MessageDigest digest = MerkleHash.newDigest();
            try (InputStream in = zip.getInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    digest.update(buffer, 0, n);
                }
                return MerkleHash.hex(digest.digest());
            } catch (IOException | RuntimeException e) {
                problems.add(file.getName() + ": unreadable (" + message(e) + ")");
                return null;
            }
        }
    }
}
