#!/usr/bin/env bash
# The custody log (RFC 6962 Merkle tree) at 10,000,000 entries in PostgreSQL:
#  (a) the seed: one real case's custody chain of 10,000,000 canonical entries and every complete subtree's hash,
#      written with COPY while the server is stopped, with historic tree heads signed with the server's key; then
#      the server's own sequencer appends the next events and signs, and small rounds of events add published sizes;
#  (b) proof latency over HTTP (inclusion of random leaves in the latest signed tree, consistency from random
#      earlier signed sizes to it), 1 and 4 clients, every proof verified; the same node reads over JDBC as the
#      baseline;
#  (c) append rate: 500,000 events committed at once, the sequencer's entries/s; then, server stopped, the same
#      work straight over JDBC as the baseline. At the end the whole log is checked over the API (after a restart).
#
#   bench/ledger.sh [entries] [requests-per-line] [append-count]
source "$(dirname "$0")/lib.sh"
ENTRIES=${1:-10000000}
REQUESTS=${2:-4000}
APPEND=${3:-500000}
CLIENTS=4
HISTORIC_HEADS=200
PENDING_AFTER_SEED=7
ROUNDS=20
DB=arbiter_bench_ledger
JDBC=jdbc:postgresql://127.0.0.1:5432/$DB
KEY_FILE=$SERVER_BASE/data/arbiter/ledger-signing-key.pem
OUT=$RESULTS/ledger-$(date -u +%Y%m%dT%H%M%SZ).txt

# The plans PostgreSQL makes for the sequencer's two statements on custody_event (LedgerStore.pending and
# LedgerStore.assignLeafIndexes, as written at the time of the run), as prepared statements.
plans() {
    echo "## plans: $1"
    "${PSQL[@]}" -d $DB <<'SQL'
set plan_cache_mode = force_generic_plan;
prepare pending(int) as SELECT id, leaf_hash FROM custody_event WHERE leaf_index IS NULL ORDER BY id LIMIT $1;
explain execute pending(5000);
prepare assign(bigint, bigint) as UPDATE custody_event SET leaf_index = $1 WHERE id = $2 AND COALESCE(leaf_index, -1) < 0;
explain execute assign(1, 1);
SQL
}

build
bench_lock "bench/ledger.sh $ENTRIES: custody log benchmark"
trap 'stop_server; bench_unlock' EXIT

{
    echo "# ledger benchmark $(date -u +%FT%TZ), $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), commit $(commit_measured)"
    # A first start creates the schema (and the log's signing key, in the server's data directory); the case
    # whose chain is seeded is made over the API.
    fresh_database $DB
    start_server $DB
    CASE=$(create_case buyer1 seller1)
    CASE_ID=$("${PSQL[@]}" -d $DB -At -c "select id from dispute_case where case_number = '$CASE'")
    echo "case $CASE (id $CASE_ID) holds the seeded chain"
    stop_server

    echo "## (a) seed: $ENTRIES entries, server stopped"
    bench_java org.arbiter.bench.LedgerBench seed "$JDBC" "$ENTRIES" "$CASE_ID" "$KEY_FILE" $HISTORIC_HEADS $PENDING_AFTER_SEED
    KEEP_BASE=1 start_server $DB
    bench_java org.arbiter.bench.LedgerBench heads "$JDBC" "$CASE_ID" $ROUNDS
    bench_java org.arbiter.bench.LedgerBench check "$JDBC" "$BASE_URL" 200
    maven_beside "(a)"

    echo "## (b) proofs over HTTP against the same node reads over JDBC"
    bench_java org.arbiter.bench.LedgerBench proofs "$JDBC" "$BASE_URL" "$REQUESTS" $CLIENTS
    maven_beside "(b)"

    echo "## (c) appending $APPEND entries committed at once; the sequencer (every second, batches of 5,000), the table's"
    echo "## statistics as the seed's ANALYZE left them (no waiting events seen: production's autovacuum sees the same)"
    bench_java org.arbiter.bench.LedgerBench append "$JDBC" "$CASE_ID" "$APPEND"
    plans "the sequencer's statements on custody_event as the planner sees them (generic plans, as for its prepared statements)"
    stop_server
    echo "## (c) baseline, server stopped: the same work straight over JDBC (the server's URL parameters)"
    bench_java org.arbiter.bench.LedgerBench raw "$JDBC?reWriteBatchedInserts=true" "$CASE_ID" "$APPEND" "$KEY_FILE"
    maven_beside "(c)"
    KEEP_BASE=1 start_server $DB

    echo "## the whole log, checked over the API"
    bench_java org.arbiter.bench.LedgerBench check "$JDBC" "$BASE_URL" 1000
    echo "table sizes: custody_event $("${PSQL[@]}" -d $DB -At -c "select pg_size_pretty(pg_total_relation_size('custody_event'))"), ledger_node $("${PSQL[@]}" -d $DB -At -c "select pg_size_pretty(pg_total_relation_size('ledger_node'))")"
} 2>&1 | tee "$OUT"

sequencer=$(grep -oP 'sequencer: .* \K[0-9]+(?= entries/s sustained)' "$OUT" || true)
raw=$(grep -oP 'raw JDBC [0-9]+: .*: \K[0-9]+(?= entries/s)' "$OUT" || true)
if [ -n "$sequencer" ] && [ -n "$raw" ]; then
    echo "## append: sequencer $sequencer entries/s, raw JDBC $raw entries/s, ratio $(echo "scale=3; $sequencer / $raw" | bc)" | tee -a "$OUT"
fi
echo "results in $OUT"
