package org.arbiter.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.HdrHistogram.Histogram;
import org.arbiter.verifier.CustodyEntry;
import org.arbiter.verifier.Ed25519Keys;
import org.arbiter.verifier.LogAppender;
import org.arbiter.verifier.MerkleHash;
import org.arbiter.verifier.MerkleMath;
import org.arbiter.verifier.MerkleProofs;
import org.arbiter.verifier.SignedTreeHead;
import org.arbiter.verifier.Subtree;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The custody log at 10,000,000 entries, on the database of an Arbiter (see ledger.sh). Every entry written here
 * is a canonical custody entry ({@link CustodyEntry}) continuing the chain of one real case, and every proof the
 * server returns is verified with the verifier kit against a signed tree head; the Merkle tree of the seed is
 * computed here independently of the server's code (a streaming frontier), so the server's proofs check it.
 *
 * <ul>
 * <li>{@code seed <jdbc> <entries> <caseId> <keyFile> <historicHeads> <pending>} (server stopped): the case's
 * chain of {@code entries} sequenced events and the hash of every complete subtree, written with COPY on two
 * connections side by side; {@code historicHeads} tree heads at random sizes along the way, signed with the
 * server's own key (its key file), standing in for the heads the sequencer would have signed over that history;
 * then {@code pending} more events left for the server's sequencer, so that it signs the first head itself.</li>
 * <li>{@code heads <jdbc> <caseId> <rounds>} (server running): rounds of 1 to 1,000 new events, each waited for
 * until the sequencer has signed its size: more published sizes for consistency proofs.</li>
 * <li>{@code proofs <jdbc> <baseUrl> <requests> <clients>}: inclusion proofs of random leaves in the latest
 * signed tree and consistency proofs from random earlier signed sizes to it, over HTTP, with 1 and
 * {@code clients} clients; and the same node reads straight over JDBC, as LedgerStore issues them, as the
 * baseline. Two warm-up passes, then {@code requests} per line.</li>
 * <li>{@code append <jdbc> <caseId> <count>} (server running): {@code count} events committed at once; the
 * sequencer's rate as seen from {@code ledger_head.tree_size}, polled every 100 ms.</li>
 * <li>{@code raw <jdbc> <caseId> <count> <keyFile>} (server stopped): the same number of events sequenced
 * directly over JDBC, with the sequencer's statements in its transactions of 5,000 and the hashing and signing
 * done beforehand: the database's own rate for that work.</li>
 * <li>{@code check <jdbc> <baseUrl> <samples>}: every published tree head verified with the public key, every
 * consecutive pair of them proven consistent, and {@code samples} random leaves (their hashes recomputed from
 * the stored entries) proven included in the latest.</li>
 * </ul>
 */
public final class LedgerBench {

    private static final int BATCH = 5000;
    private static final int WARM_UP_PASSES = 2;
    private static final int NODES_PER_QUERY = 200;
    private static final long SEED_STEP_MS = 250;
    private static final String NODES_SQL = "SELECT level, node_index, hash FROM ledger_node WHERE (level, node_index) IN (";
    // The sequencer's statements as LedgerStore sends them (the raw baseline repeats them).
    private static final String PENDING_SQL = "SELECT id, leaf_hash FROM custody_event WHERE leaf_index IS NULL ORDER BY id LIMIT ?";
    private static final String ASSIGN_SQL = "UPDATE custody_event SET leaf_index = ? WHERE id = ? AND COALESCE(leaf_index, -1) < 0";
    private static final String LATEST_HEAD_SQL = "SELECT tree_size, timestamp_ms, root_hash, signature FROM ledger_tree_head ORDER BY tree_size DESC LIMIT 1";
    private static final String EVENT_COLUMNS = "custody_event (id, case_id, seq, event, evidence_id, actor, entry, entry_hash, leaf_hash, leaf_index, recorded_at)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerBench() {
    }

    public static void main(String[] args) throws Exception {
        String jdbc = args[1];
        switch (args[0]) {
            case "seed" -> seed(jdbc, Long.parseLong(args[2]), Long.parseLong(args[3]), Path.of(args[4]),
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]));
            case "heads" -> heads(jdbc, Long.parseLong(args[2]), Integer.parseInt(args[3]));
            case "proofs" -> proofs(jdbc, args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "append" -> append(jdbc, Long.parseLong(args[2]), Integer.parseInt(args[3]));
            case "raw" -> raw(jdbc, Long.parseLong(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            case "check" -> check(jdbc, args[2], Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("seed, heads, proofs, append, raw or check");
        }
    }

    // --- the case's chain ------------------------------------------------------------------------------------

    /** One custody event as the server stores it. */
    record Event(long id, long caseId, long seq, String event, long evidenceId, String actor, byte[] entry,
                 byte[] entryHash, byte[] leafHash, Instant at) {
    }

    /**
     * A case's custody chain, continued the way CustodyChain appends: each entry's {@code prev} is the hash of
     * the one before. The events cycle through what happens to a piece of evidence: submitted, viewed by both
     * sides and staff, annotated, verified.
     */
    static final class Chain {
        private static final String[][] STEPS = {
            {"SUBMITTED", "buyer1", "BUYER", "VIDEO: unboxing video of the parcel, item %d"},
            {"VIEWED", "seller1", "SELLER", "original"},
            {"VIEWED", "specialist1", "SPECIALIST", "original"},
            {"ANNOTATED", "seller1", "SELLER", "note by the seller: the parcel left the warehouse sealed (item %d)"},
            {"VIEWED", "buyer1", "BUYER", "original"},
            {"VERIFIED", "specialist1", "SPECIALIST", "matches the logistics trace and the order"},
            {"VIEWED", "supervisor1", "SUPERVISOR", "original"},
            {"VIEWED", "reviewer1", "RISK_REVIEWER", "original"},
        };
        private static final long EVIDENCE_BASE = 1_000_000_000L;

        final long caseId;
        final String caseNumber;
        long seq;
        String prev;
        long nextId;
        private final MessageDigest sha = sha256();
        private String itemHash;

        Chain(long caseId, String caseNumber, long lastSeq, String prev, long firstId) {
            this.caseId = caseId;
            this.caseNumber = caseNumber;
            this.seq = lastSeq;
            this.prev = prev;
            this.nextId = firstId;
        }

        /** Where the case's chain ends now; the new events get the ids from {@code firstId} on. */
        static Chain of(Connection db, long caseId, long firstId) throws SQLException {
            String number = text(db, "select case_number from dispute_case where id = " + caseId);
            try (PreparedStatement last = db.prepareStatement(
                    "select seq, entry_hash from custody_event where case_id = ? order by seq desc limit 1")) {
                last.setLong(1, caseId);
                try (ResultSet row = last.executeQuery()) {
                    return row.next() ? new Chain(caseId, number, row.getLong(1), MerkleHash.hex(row.getBytes(2)), firstId)
                            : new Chain(caseId, number, 0, CustodyEntry.GENESIS, firstId);
                }
            }
        }

        Event next(Instant at) {
            seq++;
            long item = (seq - 1) / STEPS.length + 1;
            String[] step = STEPS[(int) ((seq - 1) % STEPS.length)];
            if (itemHash == null || step[0].equals("SUBMITTED")) {
                itemHash = MerkleHash.hex(sha.digest(("evidence file " + item).getBytes(StandardCharsets.UTF_8)));
            }
            CustodyEntry entry = new CustodyEntry(caseNumber, seq, step[0], Long.toString(EVIDENCE_BASE + item), itemHash,
                    step[1], step[2], at, String.format(step[3], item), prev);
            byte[] bytes = entry.toBytes();
            byte[] entryHash = sha.digest(bytes);
            sha.update((byte) 0);
            sha.update(bytes);
            byte[] leafHash = sha.digest();
            prev = MerkleHash.hex(entryHash);
            return new Event(nextId++, caseId, seq, step[0], EVIDENCE_BASE + item, step[1], bytes, entryHash, leafHash, at);
        }
    }

    /** Rows for COPY ... FROM STDIN (FORMAT csv), sent a megabyte at a time. */
    static final class Copy {
        private final CopyIn in;
        private final StringBuilder row = new StringBuilder(1024);
        private byte[] buffer = new byte[1 << 20];
        private int length;

        Copy(Connection db, String sql) throws SQLException {
            in = db.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        }

        StringBuilder row() {
            row.setLength(0);
            return row;
        }

        void send() throws SQLException {
            row.append('\n');
            byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
            if (length + bytes.length > buffer.length) {
                flush();
                if (bytes.length > buffer.length) {
                    buffer = new byte[bytes.length];
                }
            }
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        private void flush() throws SQLException {
            if (length > 0) {
                in.writeToCopy(buffer, 0, length);
                length = 0;
            }
        }

        long end() throws SQLException {
            flush();
            return in.endCopy();
        }

        static StringBuilder bytea(StringBuilder out, byte[] bytes) {
            return out.append("\\x").append(MerkleHash.hex(bytes));
        }

        static StringBuilder quoted(StringBuilder out, String text) {
            return out.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
    }

    static void eventRow(Copy copy, Event e, Long leafIndex) throws SQLException {
        StringBuilder row = copy.row();
        row.append(e.id()).append(',').append(e.caseId()).append(',').append(e.seq()).append(',').append(e.event())
                .append(',').append(e.evidenceId()).append(',').append(e.actor()).append(',');
        Copy.quoted(row, new String(e.entry(), StandardCharsets.UTF_8)).append(',');
        Copy.bytea(row, e.entryHash()).append(',');
        Copy.bytea(row, e.leafHash()).append(',');
        if (leafIndex != null) {
            row.append(leafIndex);
        }
        row.append(',').append(e.at());
        copy.send();
    }

    /**
     * Ids for {@code count} new custody events that the server's Hibernate sequence (pooled, 50 at a time) can
     * never hand out: all above what it has handed out, and the sequence moved past them.
     */
    static long reserveIds(Connection db, long count) throws SQLException {
        long first = number(db, "select nextval('custody_event_seq')") + 1;
        number(db, "select setval('custody_event_seq', " + (first + count + 100) + ")");
        return first;
    }

    /** {@code count} new events of the case, not yet in the log, committed in one COPY. */
    static long insertPending(Connection db, long caseId, int count) throws SQLException {
        db.setAutoCommit(false);
        Chain chain = Chain.of(db, caseId, reserveIds(db, count));
        Copy copy = new Copy(db, "COPY " + EVENT_COLUMNS + " FROM STDIN (FORMAT csv)");
        for (int i = 0; i < count; i++) {
            eventRow(copy, chain.next(Instant.now()), null);
        }
        copy.end();
        db.commit();
        db.setAutoCommit(true);
        return chain.seq;
    }

    // --- seed ------------------------------------------------------------------------------------------------

    private static void seed(String jdbc, long entries, long caseId, Path keyFile, int historicHeads, int pending)
            throws Exception {
        PrivateKey key = Ed25519Keys.readPrivateKey(Files.readString(keyFile));
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            if (number(db, "select count(*) from custody_event") != 0 || number(db, "select tree_size from ledger_head") != 0) {
                throw new IllegalStateException("the seed needs an empty log");
            }
            String caseNumber = text(db, "select case_number from dispute_case where id = " + caseId);
            long firstId = reserveIds(db, entries);
            Instant base = Instant.now().minusMillis(entries * SEED_STEP_MS).minusSeconds(86_400);
            Random random = new Random(4);
            Set<Long> headSizes = new HashSet<>();
            headSizes.add(entries);
            while (headSizes.size() < Math.min(historicHeads, entries)) {
                headSizes.add(1 + (long) (random.nextDouble() * entries));
            }
            // Index builds after the load are far cheaper than 10,000,000 inserts into each index: every index but
            // the primary key is dropped and built again afterwards, from its definition as the migrations made it.
            List<String> rebuild = new ArrayList<>();
            try (Statement ddl = db.createStatement()) {
                for (String[] constraint : pairs(db, "select conname, pg_get_constraintdef(oid) from pg_constraint "
                        + "where conrelid = 'custody_event'::regclass and contype = 'u'")) {
                    ddl.execute("alter table custody_event drop constraint " + constraint[0]);
                    rebuild.add("alter table custody_event add constraint " + constraint[0] + " " + constraint[1]);
                }
                for (String[] index : pairs(db, "select indexname, indexdef from pg_indexes where tablename = 'custody_event' "
                        + "and indexname not in (select conname from pg_constraint where conrelid = 'custody_event'::regclass)")) {
                    ddl.execute("drop index " + index[0]);
                    rebuild.add(index[1]);
                }
            }
            long started = System.nanoTime();
            ExecutorService two = Executors.newFixedThreadPool(2);
            Future<Chain> events = two.submit(() -> copyEvents(jdbc, new Chain(caseId, caseNumber, 0, CustodyEntry.GENESIS, firstId), entries, base));
            Future<Map<Long, byte[]>> roots = two.submit(() -> copyNodes(jdbc, new Chain(caseId, caseNumber, 0, CustodyEntry.GENESIS, firstId), entries, base, headSizes));
            Chain chain = events.get();
            Map<Long, byte[]> rootAt = roots.get();
            two.shutdown();
            double copySeconds = (System.nanoTime() - started) / 1e9;
            long indexStarted = System.nanoTime();
            try (Statement ddl = db.createStatement()) {
                ddl.execute("set maintenance_work_mem = '1GB'");
                for (String definition : rebuild) {
                    ddl.execute(definition);
                }
            }
            double indexSeconds = (System.nanoTime() - indexStarted) / 1e9;

            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                // The empty log's head, signed at the first start, gives way to the seeded history.
                statement.execute("delete from ledger_tree_head where tree_size = 0");
                statement.execute("update ledger_head set tree_size = " + entries + " where id = 1");
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into ledger_tree_head (tree_size, timestamp_ms, root_hash, signature) values (?, ?, ?, ?)")) {
                for (Map.Entry<Long, byte[]> head : new TreeMap<>(rootAt).entrySet()) {
                    long timestamp = base.toEpochMilli() + head.getKey() * SEED_STEP_MS + 500;
                    SignedTreeHead signed = SignedTreeHead.sign(head.getKey(), timestamp, head.getValue(), key);
                    insert.setLong(1, signed.treeSize());
                    insert.setLong(2, signed.timestampMillis());
                    insert.setBytes(3, signed.rootHash());
                    insert.setBytes(4, signed.signature());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
            db.setAutoCommit(true);
            try (Statement statement = db.createStatement()) {
                statement.execute("analyze custody_event");
                statement.execute("analyze ledger_node");
                statement.execute("analyze ledger_tree_head");
            }
            long nodes = number(db, "select count(*) from ledger_node");
            System.out.printf("ledger seed indexes built again after the load: %s%n", rebuild);
            System.out.printf("ledger seed entries=%d nodes=%d historic_heads=%d copy_seconds=%.1f index_seconds=%.1f "
                            + "total_seconds=%.1f rate=%.0f entries/s%n", entries, nodes, rootAt.size(), copySeconds,
                    indexSeconds, copySeconds + indexSeconds, entries / (copySeconds + indexSeconds));
            System.out.printf("ledger seed root at %d = %s (computed here; the server's proofs must agree)%n", entries,
                    MerkleHash.hex(rootAt.get(entries)));
            System.out.printf("ledger seed last seq=%d, table sizes: custody_event %s, ledger_node %s%n", chain.seq,
                    text(db, "select pg_size_pretty(pg_total_relation_size('custody_event'))"),
                    text(db, "select pg_size_pretty(pg_total_relation_size('ledger_node'))"));
            if (pending > 0) {
                insertPending(db, caseId, pending);
                System.out.printf("ledger seed %d more events left for the server's sequencer%n", pending);
            }
        }
    }

    private static Chain copyEvents(String jdbc, Chain chain, long entries, Instant base) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                // The one case exists; skip the foreign-key trigger for each of the rows.
                statement.execute("set session_replication_role = replica");
            }
            Copy copy = new Copy(db, "COPY " + EVENT_COLUMNS + " FROM STDIN (FORMAT csv)");
            for (long i = 0; i < entries; i++) {
                eventRow(copy, chain.next(base.plusMillis(i * SEED_STEP_MS)), i);
            }
            copy.end();
            db.commit();
            return chain;
        }
    }

    /**
     * Every complete subtree of the seeded leaves, from a frontier of its own (not the server's LogAppender): a
     * new leaf merges with the frontier's last node while they are the same height. Returns the roots at the
     * historic sizes.
     */
    private static Map<Long, byte[]> copyNodes(String jdbc, Chain chain, long entries, Instant base, Set<Long> heads)
            throws Exception {
        Map<Long, byte[]> roots = new HashMap<>();
        MessageDigest sha = sha256();
        int[] levels = new int[64];
        byte[][] hashes = new byte[64][];
        int depth = 0;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            db.setAutoCommit(false);
            Copy copy = new Copy(db, "COPY ledger_node (level, node_index, hash) FROM STDIN (FORMAT csv)");
            for (long i = 0; i < entries; i++) {
                byte[] hash = chain.next(base.plusMillis(i * SEED_STEP_MS)).leafHash();
                int level = 0;
                long index = i;
                nodeRow(copy, level, index, hash);
                while (depth > 0 && levels[depth - 1] == level) {
                    depth--;
                    sha.update((byte) 1);
                    sha.update(hashes[depth]);
                    sha.update(hash);
                    hash = sha.digest();
                    level++;
                    index >>>= 1;
                    nodeRow(copy, level, index, hash);
                }
                levels[depth] = level;
                hashes[depth] = hash;
                depth++;
                if (heads.contains(i + 1)) {
                    byte[] root = hashes[depth - 1];
                    for (int d = depth - 2; d >= 0; d--) {
                        sha.update((byte) 1);
                        sha.update(hashes[d]);
                        sha.update(root);
                        root = sha.digest();
                    }
                    roots.put(i + 1, root);
                }
            }
            copy.end();
            db.commit();
        }
        return roots;
    }

    private static void nodeRow(Copy copy, int level, long index, byte[] hash) throws SQLException {
        Copy.bytea(copy.row().append(level).append(',').append(index).append(','), hash);
        copy.send();
    }

    // --- more published sizes --------------------------------------------------------------------------------

    private static void heads(String jdbc, long caseId, int rounds) throws Exception {
        Random random = new Random(5);
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (number(db, "select count(*) from custody_event where leaf_index is null") > 0) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the sequencer did not take the waiting events");
                }
                Thread.sleep(50);
            }
            long size = number(db, "select tree_size from ledger_head");
            waitForHead(db, size, 60_000);
            for (int round = 0; round < rounds; round++) {
                int count = 1 + random.nextInt(1000);
                insertPending(db, caseId, count);
                size += count;
                waitForHead(db, size, 60_000);
            }
            System.out.printf("ledger heads: %d rounds of 1..1000 events, each signed by the sequencer; the log has %d "
                    + "entries and %d published tree heads%n", rounds, size, number(db, "select count(*) from ledger_tree_head"));
        }
    }

    private static void waitForHead(Connection db, long size, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (number(db, "select count(*) from ledger_tree_head where tree_size = " + size) == 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the sequencer did not sign a head at " + size);
            }
            Thread.sleep(50);
        }
    }

    // --- proofs ----------------------------------------------------------------------------------------------

    /** Published tree heads, verified with the log's public key as they are fetched. */
    static final class Heads {
        final Map<Long, byte[]> roots = new TreeMap<>();
        final long latest;

        Heads(HttpClient http, String base, Connection db) throws Exception {
            PublicKey key = Ed25519Keys.readPublicKey(get(http, base + "/api/v1/ledger/public-key"));
            SignedTreeHead head = head(JSON.readTree(get(http, base + "/api/v1/ledger/tree-head")));
            if (!head.verify(key)) {
                throw new IllegalStateException("the latest tree head's signature does not verify: " + head);
            }
            latest = head.treeSize();
            for (long size : longs(db, "select tree_size from ledger_tree_head where tree_size <= " + latest + " order by 1")) {
                SignedTreeHead signed = head(JSON.readTree(get(http, base + "/api/v1/ledger/tree-heads/" + size)));
                if (signed.treeSize() != size || !signed.verify(key)) {
                    throw new IllegalStateException("tree head " + size + " does not verify: " + signed);
                }
                roots.put(size, signed.rootHash());
            }
        }

        static SignedTreeHead head(JsonNode json) {
            return new SignedTreeHead(json.get("treeSize").asLong(), json.get("timestamp").asLong(),
                    MerkleHash.unhex(json.get("rootHash").asText()), Base64.getDecoder().decode(json.get("signature").asText()));
        }
    }

    /** What one request asks for; the expected leaf hash comes from the stored entry, recomputed. */
    record Ask(long a, long b, byte[] leafHash) {
    }

    private static void proofs(String jdbc, String base, int requests, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            connections.add(DriverManager.getConnection(jdbc, "postgres", ""));
        }
        Connection db = connections.get(0);
        Heads heads = new Heads(http, base, db);
        long size = heads.latest;
        List<Long> earlier = heads.roots.keySet().stream().filter(s -> s > 0 && s < size).toList();
        System.out.printf("ledger proofs: latest signed size %d, %d published heads verified with the public key, "
                + "%d earlier sizes from %d to %d%n", size, heads.roots.size(), earlier.size(), earlier.get(0),
                earlier.get(earlier.size() - 1));
        Random random = new Random(6);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            // Two full warm-up passes: on two cores the server's JIT is still compiling after one short pass, and
            // the p99 of a single client then measures the compiler (seen: 7 ms after a short warm-up, 3 ms after two).
            for (int pass = 0; pass < WARM_UP_PASSES + 1; pass++) {
                boolean report = pass == WARM_UP_PASSES;
                int n = Math.max(clients, requests);
                List<Ask> inclusions = new ArrayList<>(n);
                Map<Long, byte[]> leaves = leafHashes(db, random.longs(n, 0, size).boxed().toList());
                leaves.forEach((index, hash) -> inclusions.add(new Ask(index, size, hash)));
                while (inclusions.size() < n) {
                    inclusions.add(inclusions.get(inclusions.size() % leaves.size()));
                }
                List<Ask> consistencies = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    consistencies.add(new Ask(earlier.get(random.nextInt(earlier.size())), size, null));
                }
                for (int c : new int[] {1, clients}) {
                    line(report, "inclusion   HTTP     " + c + " client" + (c > 1 ? "s" : " "), pool, c, inclusions,
                            ask -> httpInclusion(http, base, ask, heads));
                    line(report, "inclusion   SQL nodes " + c + " client" + (c > 1 ? "s" : " "), pool, c, inclusions,
                            ask -> sqlInclusion(connections.get(client()), ask, heads));
                }
                for (int c : new int[] {1, clients}) {
                    line(report, "consistency HTTP     " + c + " client" + (c > 1 ? "s" : " "), pool, c, consistencies,
                            ask -> httpConsistency(http, base, ask, heads));
                    line(report, "consistency SQL nodes " + c + " client" + (c > 1 ? "s" : " "), pool, c, consistencies,
                            ask -> sqlConsistency(connections.get(client()), ask, heads));
                }
            }
        } finally {
            pool.shutdown();
            for (Connection connection : connections) {
                connection.close();
            }
        }
        System.out.println("ledger proofs: every proof above was verified against its signed tree head(s)");
    }

    /** A timed request; it returns a verification to run after the clock stops. */
    interface Timed {
        Runnable call(Ask ask) throws Exception;
    }

    private static final ThreadLocal<Integer> CLIENT = new ThreadLocal<>();

    private static int client() {
        return CLIENT.get();
    }

    private static void line(boolean report, String what, ExecutorService pool, int clients, List<Ask> asks, Timed timed)
            throws Exception {
        List<Callable<Histogram>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            List<Ask> mine = asks.subList(asks.size() * c / clients, asks.size() * (c + 1) / clients);
            work.add(() -> {
                CLIENT.set(client);
                Histogram histogram = new Histogram(3);
                for (Ask ask : mine) {
                    long start = System.nanoTime();
                    Runnable verification = timed.call(ask);
                    histogram.recordValue((System.nanoTime() - start) / 1_000);
                    verification.run();
                }
                return histogram;
            });
        }
        long start = System.nanoTime();
        Histogram all = new Histogram(3);
        for (Future<Histogram> done : pool.invokeAll(work)) {
            all.add(done.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report) {
            System.out.printf("ledger %-33s n=%d p50=%.2fms p99=%.2fms p99.9=%.2fms max=%.2fms rate=%.0f/s%n", what,
                    all.getTotalCount(), all.getValueAtPercentile(50) / 1000.0, all.getValueAtPercentile(99) / 1000.0,
                    all.getValueAtPercentile(99.9) / 1000.0, all.getMaxValue() / 1000.0, all.getTotalCount() / seconds);
        }
    }

    private static Runnable httpInclusion(HttpClient http, String base, Ask ask, Heads heads) throws Exception {
        String body = get(http, base + "/api/v1/ledger/proofs/inclusion?leafIndex=" + ask.a() + "&treeSize=" + ask.b());
        return () -> {
            JsonNode proof = parse(body);
            byte[] leaf = MerkleHash.unhex(proof.get("leafHash").asText());
            List<byte[]> path = hashes(proof.get("auditPath"));
            if (!Arrays.equals(leaf, ask.leafHash()) || proof.get("leafIndex").asLong() != ask.a()
                    || !MerkleProofs.verifyInclusion(ask.a(), ask.b(), ask.leafHash(), path, heads.roots.get(ask.b()))) {
                throw new IllegalStateException("inclusion proof of leaf " + ask.a() + " in " + ask.b() + " does not verify: " + body);
            }
        };
    }

    private static Runnable httpConsistency(HttpClient http, String base, Ask ask, Heads heads) throws Exception {
        String body = get(http, base + "/api/v1/ledger/proofs/consistency?first=" + ask.a() + "&second=" + ask.b());
        return () -> {
            List<byte[]> proof = hashes(parse(body).get("proof"));
            if (!MerkleProofs.verifyConsistency(ask.a(), ask.b(), heads.roots.get(ask.a()), heads.roots.get(ask.b()), proof)) {
                throw new IllegalStateException("consistency proof " + ask.a() + " -> " + ask.b() + " does not verify: " + body);
            }
        };
    }

    /** The node read LedgerService sends for an inclusion proof (the published heads it checks are cached). */
    private static Runnable sqlInclusion(Connection db, Ask ask, Heads heads) throws Exception {
        Set<Subtree> wanted = new HashSet<>(MerkleMath.inclusionNodes(ask.a(), ask.b()));
        wanted.add(new Subtree(0, ask.a()));
        Map<Subtree, byte[]> nodes = nodes(db, wanted);
        return () -> {
            List<byte[]> path = MerkleMath.inclusionPath(ask.a(), ask.b(), nodes::get);
            if (!Arrays.equals(nodes.get(new Subtree(0, ask.a())), ask.leafHash())
                    || !MerkleProofs.verifyInclusion(ask.a(), ask.b(), ask.leafHash(), path, heads.roots.get(ask.b()))) {
                throw new IllegalStateException("the stored nodes do not prove leaf " + ask.a());
            }
        };
    }

    private static Runnable sqlConsistency(Connection db, Ask ask, Heads heads) throws Exception {
        Map<Subtree, byte[]> nodes = nodes(db, MerkleMath.consistencyNodes(ask.a(), ask.b()));
        return () -> {
            List<byte[]> proof = MerkleMath.consistencyProof(ask.a(), ask.b(), nodes::get);
            if (!MerkleProofs.verifyConsistency(ask.a(), ask.b(), heads.roots.get(ask.a()), heads.roots.get(ask.b()), proof)) {
                throw new IllegalStateException("the stored nodes do not prove " + ask.a() + " -> " + ask.b());
            }
        };
    }

    /** LedgerStore.nodes, statement for statement. */
    static Map<Subtree, byte[]> nodes(Connection db, Collection<Subtree> wanted) throws SQLException {
        Map<Subtree, byte[]> found = new HashMap<>();
        List<Subtree> all = List.copyOf(wanted);
        for (int from = 0; from < all.size(); from += NODES_PER_QUERY) {
            List<Subtree> chunk = all.subList(from, Math.min(all.size(), from + NODES_PER_QUERY));
            StringBuilder sql = new StringBuilder(NODES_SQL);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
            }
            sql.append(')');
            try (PreparedStatement query = db.prepareStatement(sql.toString())) {
                int p = 1;
                for (Subtree node : chunk) {
                    query.setInt(p++, node.level());
                    query.setLong(p++, node.index());
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.put(new Subtree(rows.getInt(1), rows.getLong(2)), rows.getBytes(3));
                    }
                }
            }
        }
        return found;
    }

    /** The leaf hashes of these leaves, each checked against SHA-256(0x00 || its stored entry). */
    private static Map<Long, byte[]> leafHashes(Connection db, List<Long> indexes) throws SQLException {
        Map<Long, byte[]> leaves = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "select leaf_index, leaf_hash, entry from custody_event where leaf_index = any(?)")) {
            Array array = db.createArrayOf("bigint", indexes.toArray());
            query.setArray(1, array);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byte[] leaf = rows.getBytes(2);
                    if (!Arrays.equals(leaf, MerkleHash.leaf(rows.getString(3).getBytes(StandardCharsets.UTF_8)))) {
                        throw new IllegalStateException("leaf " + rows.getLong(1) + " is not the hash of its entry");
                    }
                    leaves.put(rows.getLong(1), leaf);
                }
            }
        }
        if (leaves.size() != new HashSet<>(indexes).size()) {
            throw new IllegalStateException("some leaves are missing from custody_event");
        }
        return leaves;
    }

    // --- appending -------------------------------------------------------------------------------------------

    private static void append(String jdbc, long caseId, int count) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            long start = number(db, "select tree_size from ledger_head");
            long headsBefore = number(db, "select count(*) from ledger_tree_head");
            long inserting = System.nanoTime();
            insertPending(db, caseId, count);
            long committed = System.nanoTime();
            long target = start + count;
            List<long[]> changes = new ArrayList<>();
            long last = start;
            long deadline = committed + 3_600_000_000_000L;
            while (last < target) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the sequencer did not append " + count + " entries in an hour");
                }
                Thread.sleep(100);
                long size = number(db, "select tree_size from ledger_head");
                if (size != last) {
                    changes.add(new long[] {System.nanoTime(), size});
                    last = size;
                }
            }
            long firstChange = changes.get(0)[0];
            long sizeAtFirstChange = changes.get(0)[1];
            long end = changes.get(changes.size() - 1)[0];
            System.out.printf("ledger append %d: committed in one transaction (%.1f s to insert); the sequencer's first "
                            + "batch showed %.1f s after the commit, the last %.1f s after it%n", count, (committed - inserting) / 1e9,
                    (firstChange - committed) / 1e9, (end - committed) / 1e9);
            long heads = number(db, "select count(*) from ledger_tree_head") - headsBefore;
            if (changes.size() > 1) {
                System.out.printf("ledger append %d sequencer: %d entries from the first change to the end in %.1f s: %.0f "
                                + "entries/s sustained; %.0f entries/s from the commit; %d tree heads signed%n", count,
                        target - sizeAtFirstChange, (end - firstChange) / 1e9,
                        (target - sizeAtFirstChange) / ((end - firstChange) / 1e9), count / ((end - committed) / 1e9), heads);
            } else {
                System.out.printf("ledger append %d sequencer: all in one step, %.0f entries/s from the commit; %d tree heads "
                        + "signed%n", count, count / ((end - committed) / 1e9), heads);
            }
            // Seconds between successive sizes seen (one batch of 5,000 each, when the poll saw every one).
            StringBuilder steps = new StringBuilder("ledger append " + count + " seconds per change of size:");
            for (int i = 0; i < changes.size(); i++) {
                long previous = i == 0 ? committed : changes.get(i - 1)[0];
                long added = changes.get(i)[1] - (i == 0 ? start : changes.get(i - 1)[1]);
                if (i < 12 || i >= changes.size() - 3) {
                    steps.append(String.format(" %.1f(+%d)", (changes.get(i)[0] - previous) / 1e9, added));
                } else if (i == 12) {
                    steps.append(" ...");
                }
            }
            System.out.println(steps);
        }
    }

    /**
     * The same work as the sequencer, straight over JDBC with the server stopped: per transaction of 5,000, its
     * statements in its order (head lock, pending read, frontier read, node inserts in batches of 1,000, leaf-index
     * updates, head update, latest-head read, head insert), with every hash and signature computed beforehand.
     */
    private static void raw(String jdbc, long caseId, int count, Path keyFile) throws Exception {
        PrivateKey key = Ed25519Keys.readPrivateKey(Files.readString(keyFile));
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            insertPending(db, caseId, count);
            long size = number(db, "select tree_size from ledger_head");
            long timestamp = Math.max(System.currentTimeMillis(), number(db, "select max(timestamp_ms) from ledger_tree_head"));
            List<Long> ids = new ArrayList<>();
            List<byte[]> leafHashes = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(PENDING_SQL)) {
                query.setInt(1, Integer.MAX_VALUE);
                ResultSet rows = query.executeQuery();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    leafHashes.add(rows.getBytes(2));
                }
            }
            // The hashing and signing, done here before the clock starts.
            record Batch(long size, int from, int to, Map<Subtree, byte[]> nodes, SignedTreeHead head) {
            }
            List<Batch> batches = new ArrayList<>();
            Map<Subtree, byte[]> frontier = nodes(db, MerkleMath.rootNodes(size));
            long at = size;
            for (int from = 0; from < ids.size(); from += BATCH) {
                int to = Math.min(ids.size(), from + BATCH);
                LogAppender appender = new LogAppender(at, frontier);
                appender.appendAll(leafHashes.subList(from, to));
                batches.add(new Batch(at, from, to, Map.copyOf(appender.completedNodes()),
                        SignedTreeHead.sign(appender.treeSize(), ++timestamp, appender.root(), key)));
                frontier = appender.frontier();
                at = appender.treeSize();
            }
            db.setAutoCommit(false);
            List<Long> times = new ArrayList<>();
            long started = System.nanoTime();
            for (Batch batch : batches) {
                number(db, "SELECT tree_size FROM ledger_head WHERE id = 1 FOR UPDATE");
                try (PreparedStatement pending = db.prepareStatement(PENDING_SQL)) {
                    pending.setInt(1, BATCH);
                    try (ResultSet rows = pending.executeQuery()) {
                        int i = batch.from();
                        while (rows.next()) {
                            if (rows.getLong(1) != ids.get(i++)) {
                                throw new IllegalStateException("the pending events changed under the baseline");
                            }
                        }
                    }
                }
                nodes(db, MerkleMath.rootNodes(batch.size()));
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO ledger_node (level, node_index, hash) VALUES (?, ?, ?)")) {
                    int batched = 0;
                    for (Map.Entry<Subtree, byte[]> node : batch.nodes().entrySet()) {
                        insert.setInt(1, node.getKey().level());
                        insert.setLong(2, node.getKey().index());
                        insert.setBytes(3, node.getValue());
                        insert.addBatch();
                        if (++batched % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                try (PreparedStatement update = db.prepareStatement(ASSIGN_SQL)) {
                    long index = batch.size();
                    for (int i = batch.from(); i < batch.to(); i++) {
                        update.setLong(1, index++);
                        update.setLong(2, ids.get(i));
                        update.addBatch();
                    }
                    for (int updated : update.executeBatch()) {
                        if (updated != 1) {
                            throw new IllegalStateException("a leaf index was not assigned");
                        }
                    }
                }
                try (PreparedStatement update = db.prepareStatement("UPDATE ledger_head SET tree_size = ? WHERE id = 1")) {
                    update.setLong(1, batch.head().treeSize());
                    update.executeUpdate();
                }
                try (PreparedStatement latest = db.prepareStatement(LATEST_HEAD_SQL)) {
                    latest.executeQuery().close();
                }
                try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO ledger_tree_head (tree_size, timestamp_ms, root_hash, signature) VALUES (?, ?, ?, ?)")) {
                    insert.setLong(1, batch.head().treeSize());
                    insert.setLong(2, batch.head().timestampMillis());
                    insert.setBytes(3, batch.head().rootHash());
                    insert.setBytes(4, batch.head().signature());
                    insert.executeUpdate();
                }
                db.commit();
                times.add(System.nanoTime());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long nodes = batches.stream().mapToLong(b -> b.nodes().size()).sum();
            System.out.printf("ledger append raw JDBC %d: %d entries (%d ledger_node rows, %d transactions) in %.1f s: "
                    + "%.0f entries/s; first transaction %.2f s, last %.2f s%n", count, count, nodes, batches.size(),
                    seconds, count / seconds, (times.get(0) - started) / 1e9,
                    (times.get(times.size() - 1) - (times.size() > 1 ? times.get(times.size() - 2) : started)) / 1e9);
        }
    }

    // --- the whole log, checked ------------------------------------------------------------------------------

    private static void check(String jdbc, String base, int samples) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            Heads heads = new Heads(http, base, db);
            List<Long> sizes = new ArrayList<>(heads.roots.keySet());
            for (int i = 1; i < sizes.size(); i++) {
                httpConsistency(http, base, new Ask(sizes.get(i - 1), sizes.get(i), null), heads).run();
            }
            Random random = new Random(7);
            List<Long> indexes = new ArrayList<>(random.longs(samples, 0, heads.latest).boxed().toList());
            indexes.add(0L);
            indexes.add(heads.latest - 1);
            Map<Long, byte[]> leaves = leafHashes(db, indexes);
            for (Map.Entry<Long, byte[]> leaf : leaves.entrySet()) {
                httpInclusion(http, base, new Ask(leaf.getKey(), heads.latest, leaf.getValue()), heads).run();
            }
            System.out.printf("ledger check: %d entries; %d published tree heads, each signature verified with the "
                            + "public key; each of the %d consecutive pairs proven consistent; %d leaves (hashes "
                            + "recomputed from their entries) proven included in the latest head%n", heads.latest,
                    sizes.size(), sizes.size() - 1, leaves.size());
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>(array.size());
        array.forEach(hash -> hashes.add(MerkleHash.unhex(hash.asText())));
        return hashes;
    }

    static long number(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String text(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return rows.getString(1);
        }
    }

    static List<String[]> pairs(Connection db, String sql) throws SQLException {
        List<String[]> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        return values;
    }

    static List<Long> longs(Connection db, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
