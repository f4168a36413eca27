#!/usr/bin/env bash
# How the intake admission limit (arbiter.intake.max-concurrent-filings) changes throughput and the server's
# CPU per filing: for each setting, a fresh database and server, 1,200,000 seeded orders, a warm-up, ANALYZE,
# then a measured run of 16 wrk clients; the settings alternate so that a change of machine speed within the
# hour shows up as a difference between two runs of the same setting.
#
#   bench/intake-admission.sh [warmup-seconds] [measure-seconds] [setting ...]
#   settings: none (no limit), or a number (at most that many filings at once); default: none 2 4 8 none 2
source "$(dirname "$0")/lib.sh"
WARMUP=${1:-90}
MEASURE=${2:-40}
SETTINGS=("${@:3}")
[ ${#SETTINGS[@]} -gt 0 ] || SETTINGS=(none 2 4 8 none 2)
CLIENTS=16
DB=arbiter_bench_admission
OUT=$RESULTS/intake-admission-$(date -u +%Y%m%dT%H%M%SZ).txt
command -v wrk >/dev/null || { echo "wrk is needed (Debian package wrk)" >&2; exit 1; }

build
bench_lock "bench/intake-admission.sh: intake admission settings"
trap bench_unlock EXIT

measure() { # setting
    fresh_database $DB
    # "none": a limit no number of clients here reaches, so every filing goes straight through.
    local limit=$1
    [ "$limit" = none ] && limit=100000
    start_server $DB -Darbiter.intake.max-concurrent-filings="$limit"
    seed_intake_orders $DB
    intake_warm_up $DB "$CLIENTS" "$WARMUP" >/dev/null
    local pid before after result requests
    pid=$(server_pid)
    before=$(cpu_ticks "$pid")
    result=$(intake_wrk "$CLIENTS" 1 "$MEASURE" | grep -E "^intake")
    after=$(cpu_ticks "$pid")
    requests=$(echo "$result" | grep -oP 'requests=\K[0-9]+')
    # /proc counts CPU in clock ticks of 10 ms.
    echo "limit=$1 $(echo "$result" | tr '\n' ' ')server_cpu_ms_per_filing=$(echo "scale=2; ($after - $before) * 10 / $requests" | bc)"
    stop_server
}

{
    echo "# intake admission settings $(date -u +%FT%TZ), $(nproc) cores, commit $(commit_measured), ${WARMUP}s warm-up, ${MEASURE}s measured"
    for setting in "${SETTINGS[@]}"; do
        measure "$setting"
    done
    maven_beside "the admission runs"
} | tee "$OUT"
echo "results in $OUT"
