#!/usr/bin/env bash
# The deadline engine with 1,000,000 pending clocks in PostgreSQL, and, side by side in the same run, the same
# deadlines as one persistent EJB timer each (the naive use of the timer service, bench/naive-timers).
#
#  1. Arbiter on an empty database: start-up time and live heap.
#  2. 1,000,000 clocks created (rows/s), for 1,000,000 seeded cases.
#  3. Arbiter restarted with them: start-up time and live heap (must not grow with the clocks).
#  4. Lag: 20,000 respondent's windows come due evenly over 40 s; lag from due time to action.
#  5. Burst: 100,000 respondent's windows come due at the same instant; actions/s until all are done.
#  6. Naive: a fresh server with naive-timers.war beside the EAR; persistent timers created up to each count
#     (10,000 then 100,000 in the database store; 1,000 then 3,000 in the default file store, which is too slow
#     for more): creation rate, then start-up time and live heap after a restart, against the same with none.
#
#   bench/deadlines.sh [cases] [lag-count] [lag-seconds] [burst-count] [naive-db-counts] [naive-file-counts]
source "$(dirname "$0")/lib.sh"
CASES=${1:-1000000}
LAG_COUNT=${2:-20000}
LAG_SECONDS=${3:-40}
BURST=${4:-100000}
NAIVE_DB_COUNTS=${5:-"10000 100000"}
NAIVE_FILE=${6:-"1000 3000"}   # the file store re-reads every timer file on each commit: quadratic
DB=arbiter_bench_deadlines
NAIVE_DB=arbiter_bench_naive
JDBC=jdbc:postgresql://127.0.0.1:5432/$DB
OUT=$RESULTS/deadlines-$(date -u +%Y%m%dT%H%M%SZ).txt

build
(cd "$ROOT/bench/naive-timers" && mvn -q -B package)
trap stop_server EXIT

# naive <store label> <counts> [cli script]: a fresh server with naive-timers.war beside the EAR and the timer
# store the script configures; timers created up to each count, then a restart to measure start-up and heap.
naive() {
    echo "## Naive: one persistent EJB timer per deadline, $1"
    fresh_database $NAIVE_DB
    EXTRA_DEPLOYMENTS=$ROOT/bench/naive-timers/target/naive-timers.war start_server $NAIVE_DB
    if [ -n "$3" ]; then
        "$WILDFLY/bin/jboss-cli.sh" --controller=localhost:10190 --connect --file="$3" >/dev/null
        stop_server
        KEEP_BASE=1 start_server $NAIVE_DB
    fi
    report_server "naive, 0 timers"
    local created=0 target answer millis
    for target in $2; do
        answer=$(curl -s --max-time 7200 -X POST "$BASE_URL/naive-timers/timers?count=$((target - created))&batch=1000")
        millis=$(echo "$answer" | grep -o '"millis":[0-9]*' | cut -d: -f2)
        echo "naive: created $((target - created)) timers (to $target) in $millis ms: $(( (target - created) * 1000 / (millis > 0 ? millis : 1) )) timers/s"
        created=$target
        stop_server
        KEEP_BASE=1 start_server $NAIVE_DB
        report_server "naive, $target timers"
    done
    stop_server
}

report_server() { # label
    printf '%-44s start-up %6s ms   live heap %5s MB\n' "$1" "$(started_in_ms)" "$(heap_used_mb)"
}

{
    echo "# deadline benchmark $(date -u +%FT%TZ), $(nproc) cores, commit $(git -C "$ROOT" rev-parse --short HEAD)"
    echo "## Arbiter: clocks are rows; two timers per node"
    fresh_database $DB
    start_server $DB
    report_server "arbiter, 0 clocks"
    stop_server
    "${PSQL[@]}" -d $DB -v cases="$CASES" -f "$ROOT/bench/sql/seed-cases.sql" >/dev/null
    bench_java org.arbiter.bench.DeadlineBench seed "$JDBC" "$CASES"
    echo "running clocks: $("${PSQL[@]}" -d $DB -At -c "select count(*) from case_deadline where state = 'RUNNING'")"
    KEEP_BASE=1 start_server $DB
    report_server "arbiter, $CASES cases and their clocks"
    bench_java org.arbiter.bench.DeadlineBench lag "$JDBC" "$LAG_COUNT" "$LAG_SECONDS"
    bench_java org.arbiter.bench.DeadlineBench burst "$JDBC" "$BURST" "$BASE_URL"
    echo "notifications written: $("${PSQL[@]}" -d $DB -At -c "select count(*) from notification where kind = 'RESPONDENT_WINDOW_CLOSED'")"
    stop_server

    naive "WildFly's default file store" "$NAIVE_FILE" ""
    naive "the database store on the same PostgreSQL" "$NAIVE_DB_COUNTS" "$ROOT/bench/naive-timers/database-store.cli"
} 2>&1 | tee "$OUT"
echo "results in $OUT"
