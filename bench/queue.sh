#!/usr/bin/env bash
# The queue with 1,000,000 cases in PostgreSQL: latency of the first page and of a deep page (90% down the
# queue, reached with a keyset cursor), for staff and for a party, over HTTP; and the same queries run
# directly over JDBC in the same run, as the baseline.
#
#   bench/queue.sh [cases] [iterations]
source "$(dirname "$0")/lib.sh"
CASES=${1:-1000000}
ITERATIONS=${2:-1000}
DB=arbiter_bench_queue
OUT=$RESULTS/queue-$(date -u +%Y%m%dT%H%M%SZ).txt

build
fresh_database $DB
start_server $DB
trap stop_server EXIT
"${PSQL[@]}" -d $DB -v cases="$CASES" -f "$ROOT/bench/sql/seed-cases.sql" >/dev/null
{
    echo "# queue benchmark $(date -u +%FT%TZ), $(nproc) cores, commit $(git -C "$ROOT" rev-parse --short HEAD)"
    bench_java org.arbiter.bench.QueueLatency "$BASE_URL" "jdbc:postgresql://127.0.0.1:5432/$DB" postgres "$ITERATIONS"
} | tee "$OUT"
echo "results in $OUT"
