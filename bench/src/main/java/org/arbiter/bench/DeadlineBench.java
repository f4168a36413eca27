package org.arbiter.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.HdrHistogram.Histogram;

/**
 * The deadline engine under load, on the database of a running Arbiter (see deadlines.sh).
 *
 * <ul>
 * <li>{@code seed <jdbc> <cases>}: one clock per open seeded case (resolution), plus the first-response clock
 * of new cases and the respondent's window of cases awaiting a response: 1,000,000 clocks for 1,000,000
 * seeded cases. Inserted the way the platform writes them, in transactions of 1,000 rows, and timed.</li>
 * <li>{@code lag <jdbc> <count> <seconds>}: {@code count} respondent's windows come due one after the other,
 * evenly over {@code seconds}, below the engine's capacity; reports the lag from due time to the action,
 * as the engine recorded it and as an observer polling the table every 50 ms saw it committed.</li>
 * <li>{@code burst <jdbc> <count> <baseUrl>}: {@code count} respondent's windows come due at the same
 * instant; reports how long the engine takes to act on all of them (actions/s) and the lag distribution,
 * and the latency of live traffic (a specialist reading the queue, one request every 20 ms) before and
 * during the burst.</li>
 * </ul>
 * Every action here is a real one: the case moves to review, an audit entry and two notices are written.
 */
public final class DeadlineBench {

    private static final int BATCH = 1000;

    private DeadlineBench() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[1], "postgres", "")) {
            switch (args[0]) {
                case "seed" -> seed(db, Integer.parseInt(args[2]));
                case "lag" -> lag(db, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
                case "burst" -> burst(db, Integer.parseInt(args[2]), args[3]);
                default -> throw new IllegalArgumentException("seed, lag or burst");
            }
        }
    }

    // --- seed ----------------------------------------------------------------------------------------------

    /** The case layout of seed-cases.sql: status by id modulo 10. */
    private static String statusOf(long g) {
        return switch ((int) (g % 10)) {
            case 0 -> "SUBMITTED";
            case 1, 2 -> "AWAITING_RESPONSE";
            case 3, 4 -> "UNDER_REVIEW";
            case 5 -> "MEDIATION";
            case 6 -> "EXECUTION";
            default -> "CLOSED";
        };
    }

    private static void seed(Connection db, int cases) throws SQLException {
        db.setAutoCommit(false);
        Instant now = Instant.now();
        long id = 0;
        long started = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement("""
                insert into case_deadline (id, case_id, kind, obligor, due_at, state, started_at, ended_at, version,
                    window_starts_at, paused_at, next_action_at, next_action, reminders_sent)
                values (?, ?, ?, ?, ?, 'RUNNING', ?, null, 0, ?, null, ?, ?, ?)""")) {
            int pending = 0;
            for (long g = 1; g <= cases; g++) {
                String status = statusOf(g);
                if (status.equals("CLOSED")) {
                    continue;
                }
                Instant submitted = now.minusSeconds(g % 2_592_000);
                Instant resolution = now.plusSeconds((g * 7919) % 2_592_000);
                add(insert, ++id, g, "RESOLUTION", "PLATFORM", submitted, resolution, now);
                pending++;
                if (status.equals("SUBMITTED")) {
                    add(insert, ++id, g, "FIRST_RESPONSE", "PLATFORM", submitted, now.plusSeconds((g * 7919) % 1_296_000), now);
                    pending++;
                } else if (status.equals("AWAITING_RESPONSE")) {
                    // Comes due in 3 to 33 days: the lag and burst runs bring some of them forward.
                    add(insert, ++id, g, "RESPONDENT_EVIDENCE", "RESPONDENT", now, now.plusSeconds(259_200 + (g * 104_729) % 2_592_000), now);
                    pending++;
                }
                if (pending >= BATCH) {
                    insert.executeBatch();
                    db.commit();
                    pending = 0;
                }
            }
            insert.executeBatch();
            db.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("deadlines created=%d seconds=%.1f rate=%.0f rows/s (JDBC batches of %d rows, one transaction each)%n",
                id, seconds, id / seconds, BATCH);
        db.setAutoCommit(true);
        try (Statement statement = db.createStatement()) {
            statement.execute("select setval('case_deadline_seq', " + (id + 1000) + ")");
            statement.execute("analyze case_deadline");
        }
    }

    /** The row a running clock has: its next action is the first reminder point still ahead, or expiry. */
    private static void add(PreparedStatement insert, long id, long caseId, String kind, String obligor,
                            Instant windowStarts, Instant due, Instant now) throws SQLException {
        long window = Duration.between(windowStarts, due).toMillis();
        Instant next = due;
        String action = "EXPIRE";
        int sent = 2;
        double[] reminders = {0.5, 0.8};
        for (int i = 0; i < reminders.length; i++) {
            Instant at = windowStarts.plusMillis(Math.round(window * reminders[i]));
            if (at.isAfter(now)) {
                next = at;
                action = "REMIND";
                sent = i;
                break;
            }
        }
        insert.setLong(1, id);
        insert.setLong(2, caseId);
        insert.setString(3, kind);
        insert.setString(4, obligor);
        insert.setTimestamp(5, Timestamp.from(due));
        insert.setTimestamp(6, Timestamp.from(windowStarts));
        insert.setTimestamp(7, Timestamp.from(windowStarts));
        insert.setTimestamp(8, Timestamp.from(next));
        insert.setString(9, action);
        insert.setInt(10, sent);
        insert.addBatch();
    }

    // --- lag -----------------------------------------------------------------------------------------------

    private static List<Long> runningWindows(Connection db, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement select = db.prepareStatement("""
                select d.id from case_deadline d join dispute_case c on c.id = d.case_id
                where d.kind = 'RESPONDENT_EVIDENCE' and d.state = 'RUNNING' and c.status = 'AWAITING_RESPONSE'
                order by d.id limit ?""")) {
            select.setInt(1, count);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        if (ids.size() < count) {
            throw new IllegalStateException("only " + ids.size() + " running respondent's windows");
        }
        return ids;
    }

    /** Brings the clocks' expiry forward to the given instants, in one transaction. */
    private static void comeDueAt(Connection db, List<Long> ids, List<Instant> dues) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement update = db.prepareStatement(
                "update case_deadline set due_at = ?, next_action_at = ?, next_action = 'EXPIRE', reminders_sent = 2 where id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                Timestamp due = Timestamp.from(dues.get(i));
                update.setTimestamp(1, due);
                update.setTimestamp(2, due);
                update.setLong(3, ids.get(i));
                update.addBatch();
                if (i % BATCH == BATCH - 1) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }

    private static void lag(Connection db, int count, int seconds) throws Exception {
        List<Long> ids = runningWindows(db, count);
        // Later than the engine's sweep interval, so that a sweep has seen the first of them before it is due.
        Instant first = Instant.now().plusSeconds(10);
        long stepNanos = seconds * 1_000_000_000L / count;
        List<Instant> dues = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            dues.add(first.plusNanos(i * stepNanos));
        }
        comeDueAt(db, ids, dues);
        System.out.printf("lag: %d respondent's windows due one after the other over %d s (%.0f/s), the first at %s%n",
                count, seconds, count / (double) seconds, first);

        Histogram recorded = new Histogram(3_600_000L, 3);
        Histogram observed = new Histogram(3_600_000L, 3);
        Set<Long> waiting = new HashSet<>(ids);
        Instant giveUp = first.plusSeconds(seconds + 120L);
        try (PreparedStatement poll = db.prepareStatement(
                "select id, due_at, ended_at from case_deadline where id = any(?) and state <> 'RUNNING'")) {
            while (!waiting.isEmpty() && Instant.now().isBefore(giveUp)) {
                Thread.sleep(50);
                Array remaining = db.createArrayOf("bigint", waiting.toArray());
                poll.setArray(1, remaining);
                try (ResultSet rows = poll.executeQuery()) {
                    Instant seen = Instant.now();
                    while (rows.next()) {
                        waiting.remove(rows.getLong(1));
                        Instant due = rows.getTimestamp(2).toInstant();
                        recorded.recordValue(Math.max(0, Duration.between(due, rows.getTimestamp(3).toInstant()).toMillis()));
                        observed.recordValue(Math.max(0, Duration.between(due, seen).toMillis()));
                    }
                }
            }
        }
        System.out.printf("lag: acted on %d of %d%n", count - waiting.size(), count);
        print("lag recorded by the engine (ended_at - due_at)", recorded);
        print("lag seen committed by the observer            ", observed);
    }

    // --- burst ---------------------------------------------------------------------------------------------

    private static void burst(Connection db, int count, String base) throws Exception {
        List<Long> ids = runningWindows(db, count);
        Instant due = Instant.now().plusSeconds(10);
        LiveTraffic live = new LiveTraffic(base, due);
        Thread probe = new Thread(live, "live-traffic");
        probe.start();
        List<Instant> dues = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            dues.add(due);
        }
        comeDueAt(db, ids, dues);
        System.out.printf("burst: %d respondent's windows all due at %s%n", count, due);

        Instant done = null;
        Instant giveUp = due.plusSeconds(1800);
        try (PreparedStatement left = db.prepareStatement(
                "select count(*) from case_deadline where state = 'RUNNING' and next_action_at <= ?")) {
            left.setTimestamp(1, Timestamp.from(due));
            while (Instant.now().isBefore(giveUp)) {
                Thread.sleep(200);
                try (ResultSet rows = left.executeQuery()) {
                    rows.next();
                    if (Instant.now().isAfter(due) && rows.getLong(1) == 0) {
                        done = Instant.now();
                        break;
                    }
                }
            }
        }
        live.stop();
        probe.join();
        live.report();
        if (done == null) {
            throw new IllegalStateException("the burst was not done within 30 minutes");
        }
        Histogram recorded = new Histogram(3_600_000L, 3);
        Instant firstAction = null;
        Instant lastAction = null;
        try (PreparedStatement select = db.prepareStatement(
                "select ended_at from case_deadline where id = any(?) and state = 'EXPIRED'")) {
            select.setArray(1, db.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Instant ended = rows.getTimestamp(1).toInstant();
                    recorded.recordValue(Math.max(0, Duration.between(due, ended).toMillis()));
                    firstAction = firstAction == null || ended.isBefore(firstAction) ? ended : firstAction;
                    lastAction = lastAction == null || ended.isAfter(lastAction) ? ended : lastAction;
                }
            }
        }
        long actions = recorded.getTotalCount();
        double seconds = Duration.between(due, done).toMillis() / 1000.0;
        System.out.printf("burst: %d actions, all committed %.1f s after they came due: %.0f actions/s%n",
                actions, seconds, actions / seconds);
        System.out.printf("burst: first action %d ms after due, last %d ms%n",
                Duration.between(due, firstAction).toMillis(), Duration.between(due, lastAction).toMillis());
        print("burst lag recorded by the engine (ended_at - due_at)", recorded);
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select count(*) from case_audit_entry where action = 'RESPONDENT_WINDOW_CLOSED'""")) {
            rows.next();
            System.out.printf("burst: audit entries RESPONDENT_WINDOW_CLOSED in the database: %d%n", rows.getLong(1));
        }
    }

    /** A specialist reading the first page of the queue every 20 ms, timed before and during the burst. */
    private static final class LiveTraffic implements Runnable {

        private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        private final java.net.http.HttpRequest request;
        private final Instant due;
        private final Histogram before = new Histogram(60_000L, 3);
        private final Histogram during = new Histogram(60_000L, 3);
        private volatile boolean running = true;

        LiveTraffic(String base, Instant due) {
            this.due = due;
            this.request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/cases?limit=20"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString("supervisor1:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .build();
        }

        @Override
        public void run() {
            while (running) {
                long started = System.nanoTime();
                try {
                    var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("queue answered " + response.statusCode());
                    }
                } catch (java.io.IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                long micros = (System.nanoTime() - started) / 1000;
                (Instant.now().isBefore(due) ? before : during).recordValue(Math.min(micros, 60_000_000L) / 1000);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }

        void report() {
            print("live traffic (queue page) before the burst  ", before);
            print("live traffic (queue page) during the burst  ", during);
        }
    }

    private static void print(String label, Histogram h) {
        System.out.printf("%s ms: n=%d p50=%d p90=%d p99=%d max=%d%n", label, h.getTotalCount(),
                h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99), h.getMaxValue());
    }
}
