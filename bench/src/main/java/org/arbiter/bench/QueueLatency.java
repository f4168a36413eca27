package org.arbiter.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.HdrHistogram.Histogram;

/**
 * Latency of queue pages over HTTP against the same query run directly on PostgreSQL over JDBC, in the same
 * run: the first page, and a deep page reached with a cursor, for staff and for a party.
 *
 * <p>Usage: {@code QueueLatency <baseUrl> <jdbcUrl> <jdbcUser> <iterations>}. The database must hold the
 * seeded cases (see queue.sh); the cursor of the deep page is built from the row at 90% of the queue.
 */
public final class QueueLatency {

    /** The staff reader, a party to none of the seeded cases. */
    private static final String STAFF = "supervisor1";

    private QueueLatency() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String user = args[2];
        int iterations = Integer.parseInt(args[3]);

        try (Connection db = DriverManager.getConnection(jdbc, user, "")) {
            long total = count(db, "select count(*) from dispute_case");
            long seller = count(db, "select count(*) from dispute_case where respondent_id = 'seller1'");
            System.out.printf("queue cases=%d seller1_cases=%d%n", total, seller);
            String staffRow = "select next_deadline_at, id from dispute_case order by next_deadline_at, id offset ? limit 1";
            String deepStaff = cursorAt(db, staffRow, total * 9 / 10, "");
            String deepAwaiting = cursorAt(db, staffRow, total * 9 / 10, "AWAITING_RESPONSE");
            String deepParty = cursorAt(db, "select next_deadline_at, id from dispute_case where respondent_id = 'seller1' order by next_deadline_at, id offset ? limit 1", seller * 9 / 10, "");

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            // The first pass warms the server's JIT and both caches; only the second is reported.
            for (int pass = 0; pass < 2; pass++) {
                boolean report = pass == 1;
                measure(report, "staff first page   HTTP", http(http, base, STAFF, "", iterations));
                measure(report, "staff first page   SQL ", sql(db, null, null, iterations));
                measure(report, "staff deep page    HTTP", http(http, base, STAFF, "&cursor=" + deepStaff, iterations));
                measure(report, "staff deep page    SQL ", sql(db, null, decode(deepStaff), iterations));
                measure(report, "staff AWAITING_RESPONSE deep HTTP",
                        http(http, base, STAFF, "&status=AWAITING_RESPONSE&cursor=" + deepAwaiting, iterations));
                measure(report, "party first page   HTTP", http(http, base, "seller1", "", iterations));
                measure(report, "party first page   SQL ", sql(db, "seller1", null, iterations));
                measure(report, "party deep page    HTTP", http(http, base, "seller1", "&cursor=" + deepParty, iterations));
                measure(report, "party deep page    SQL ", sql(db, "seller1", decode(deepParty), iterations));
            }
        }
    }

    private static Histogram http(HttpClient http, String base, String user, String query, int iterations) throws Exception {
        Histogram histogram = new Histogram(3);
        for (int i = 0; i < iterations + iterations / 5; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/cases?limit=20" + query))
                    .header("Authorization", basic(user)).GET().build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - start) / 1_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            if (i >= iterations / 5) {
                histogram.recordValue(micros);
            }
        }
        return histogram;
    }

    /** The SQL the application sends for the same page, executed directly. */
    private static Histogram sql(Connection db, String party, Object[] after, int iterations) throws Exception {
        String columns = "select id, case_number, status, priority, complaint_type, order_id, complainant_id, respondent_id, "
                + "assignee, next_deadline_at, next_deadline_kind, next_deadline_obligor, submitted_at from dispute_case where 1 = 1";
        Histogram histogram = new Histogram(3);
        for (int i = 0; i < iterations + iterations / 5; i++) {
            long start = System.nanoTime();
            String where = (after == null ? "" : " and (next_deadline_at, id) > (?, ?)")
                    + " order by next_deadline_at, id limit 21";
            if (party == null) {
                // The staff queue leaves out the cases the reader is a party to.
                run(db, columns + " and complainant_id <> ? and respondent_id <> ?" + where,
                        List.of(STAFF, STAFF), after);
            } else {
                run(db, columns + " and complainant_id = ?" + where, List.of(party), after);
                run(db, columns + " and respondent_id = ?" + where, List.of(party), after);
            }
            long micros = (System.nanoTime() - start) / 1_000;
            if (i >= iterations / 5) {
                histogram.recordValue(micros);
            }
        }
        return histogram;
    }

    private static void run(Connection db, String sql, List<String> users, Object[] after) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            int p = 1;
            for (String user : users) {
                statement.setString(p++, user);
            }
            if (after != null) {
                statement.setTimestamp(p++, (Timestamp) after[0]);
                statement.setLong(p, (Long) after[1]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getString(2);
                }
            }
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The API's cursor (see org.arbiter.cases.QueueCursor) for the row at that offset, in the query filtered by
     * {@code status} alone (empty: no filter). A cursor carries its query's fingerprint, the hash
     * org.arbiter.cases.QueueFilter#fingerprint computes: statuses, priorities, types, groups, assignee, unassigned.
     * Should the two drift apart, the server refuses the cursor and this benchmark stops with its 400.
     */
    private static String cursorAt(Connection db, String sql, long offset, String status) throws Exception {
        int query = String.join("|", status, "", "", "", "null", "false").hashCode();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, offset);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                Instant at = rows.getTimestamp(1).toInstant();
                long id = rows.getLong(2);
                java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(25);
                bytes.put((byte) 2).putLong(at.getEpochSecond()).putInt(at.getNano()).putLong(id).putInt(query);
                return URLEncoder.encode(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array()),
                        StandardCharsets.UTF_8);
            }
        }
    }

    private static Object[] decode(String cursor) {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(java.util.Base64.getUrlDecoder().decode(cursor));
        bytes.get();
        Instant at = Instant.ofEpochSecond(bytes.getLong(), bytes.getInt());
        return new Object[] {Timestamp.from(at), bytes.getLong()};
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static void measure(boolean report, String what, Histogram histogram) {
        if (report) {
            report(what, histogram);
        }
    }

    private static void report(String what, Histogram histogram) {
        System.out.printf("queue %-36s n=%d p50=%.2fms p99=%.2fms max=%.2fms%n", what, histogram.getTotalCount(),
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getMaxValue() / 1000.0);
    }

}
