#!/usr/bin/env bash
# Intake throughput and latency: 16 concurrent HTTP clients (wrk, closed loop) file complaints against
# Arbiter on PostgreSQL; then, in the same run on the same machine, pgbench inserts the same rows directly
# with the same number of clients. Prints both, each with its latency percentiles, and their ratio.
#
#   bench/intake.sh [clients] [warmup-seconds] [measure-seconds]
source "$(dirname "$0")/lib.sh"
CLIENTS=${1:-16}
WARMUP=${2:-60}
MEASURE=${3:-60}
DB=arbiter_bench_intake
OUT=$RESULTS/intake-$(date -u +%Y%m%dT%H%M%SZ).txt
command -v wrk >/dev/null || { echo "wrk is needed (Debian package wrk)" >&2; exit 1; }

build
bench_lock "bench/intake.sh: intake benchmark"
trap bench_unlock EXIT
fresh_database $DB
start_server $DB
trap 'stop_server; bench_unlock' EXIT

# Orders to complain about, seeded straight into the snapshot tables (set-up, not measured): one block for
# the warm-up and one for the measurement (bench/lib.sh, intake_wrk).
seed_intake_orders $DB
CPU_LOG=$(mktemp -d)

{
    echo "# intake benchmark $(date -u +%FT%TZ), $(nproc) cores, commit $(commit_measured), server on $(server_java_version)"
    intake_warm_up $DB "$CLIENTS" "$WARMUP"
    echo "## Arbiter over HTTP: $CLIENTS clients, ${MEASURE}s"
    pid=$(server_pid)
    # jstat is a JVM of its own: read outside the window whose machine CPU is counted.
    compiled=$(jit_seconds)
    postgres_ticks > "$CPU_LOG/pg.0"
    machine_before=$(machine_ticks)
    before=$(cpu_ticks "$pid")
    result=$(intake_wrk "$CLIENTS" 1 "$MEASURE" | grep -E "^intake")
    after=$(cpu_ticks "$pid")
    machine_after=$(machine_ticks)
    postgres_ticks > "$CPU_LOG/pg.1"
    compiled=$(awk -v a="$compiled" -v b="$(jit_seconds)" 'BEGIN { printf "%.1f", b - a }')
    echo "$result"
    # The server's own CPU per filing: steadier from run to run than the rate, which follows the machine's speed.
    filings=$(echo "$result" | grep -oP 'requests=\K[0-9]+' | head -n 1)
    awk -v t=$((after - before)) -v n="$filings" 'BEGIN { printf "intake server_cpu_ms_per_filing=%.2f\n", t * 10 / n }'
    # Seconds the JIT still compiled in the measured minute: a warm server spends one or two.
    echo "intake jit_compile_s=$compiled"
    # Where the rest of the two cores went: PostgreSQL's backends, and what was left idle.
    echo "intake $(machine_split "$filings" "$machine_before" "$machine_after") $(postgres_split "$filings" "$CPU_LOG/pg.0" "$CPU_LOG/pg.1")"
} | tee "$OUT"
stop_server
TX_LOG=$(mktemp -d)
trap 'rm -rf "$TX_LOG" "$CPU_LOG"; bench_unlock' EXIT

# The same rows written directly: per complaint, one transaction with the case, its three clocks, its three
# audit entries and the idempotent answer.
"${PSQL[@]}" -d $DB -c "create sequence if not exists bench_id_seq start with 1000000000000"
{
    echo "## raw PostgreSQL: pgbench, $CLIENTS clients, ${MEASURE}s, the same rows"
    machine_before=$(machine_ticks)
    pgbench -h 127.0.0.1 -U postgres -n -c "$CLIENTS" -j 2 -T "$MEASURE" -f "$ROOT/bench/sql/intake-rows.sql" \
        -l --log-prefix="$TX_LOG/tx" $DB 2>&1 | grep -E "^tps|latency average|transactions actually" | tee "$TX_LOG/summary"
    machine_after=$(machine_ticks)
    # The machine's CPU per transaction (PostgreSQL and pgbench itself; its backends are gone, so no split).
    echo "raw $(machine_split "$(grep -oP 'processed: \K[0-9]+' "$TX_LOG/summary")" "$machine_before" "$machine_after")"
    # The raw rate's own tail, from pgbench's per-transaction log (third field: latency in microseconds): what
    # the database and this machine's disk alone give the same writers, measured beside Arbiter's p99.
    cat "$TX_LOG"/tx.* | awk '{ print $3 / 1000 }' | sort -n | awk '{ ms[NR] = $1 } END {
        printf "raw latency_ms p50=%.2f p90=%.2f p99=%.2f p99.9=%.2f max=%.2f\n",
            ms[int(NR * 0.5)], ms[int(NR * 0.9)], ms[int(NR * 0.99)], ms[int(NR * 0.999)], ms[NR] }'
} | tee -a "$OUT"

app=$(grep -A2 "Arbiter over HTTP" "$OUT" | grep -oP 'throughput_per_s=\K[0-9.]+')
raw=$(grep -oP '^tps = \K[0-9.]+' "$OUT")
# Rounded, not truncated (bc drops digits): the ratio as PERFORMANCE.md quotes it.
echo "## Arbiter / raw PostgreSQL = $(awk -v a="$app" -v r="$raw" 'BEGIN { printf "%.3f", a / r }')" | tee -a "$OUT"
echo "results in $OUT"
