# Shared by the benchmark scripts: a WildFly of its own (port offset 200: 8280 and 10190) running the EAR
# the build produced, against a PostgreSQL database of the benchmark's own.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WILDFLY=$(ls -d "$ROOT"/ear/target/wildfly-* 2>/dev/null | head -n 1)
BASE_URL=http://localhost:8280
RESULTS=$ROOT/bench/results
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
mkdir -p "$RESULTS"

build() {
    if [ -z "$WILDFLY" ] || [ ! -f "$ROOT/ear/target/arbiter.ear" ]; then
        (cd "$ROOT" && mvn -q -B package -DskipTests)
        WILDFLY=$(ls -d "$ROOT"/ear/target/wildfly-* | head -n 1)
    fi
    # The harness checks every proof it receives with the verifier kit, which it takes from the local repository.
    (cd "$ROOT" && mvn -q -B -pl api -am install -DskipTests)
    (cd "$ROOT/bench" && mvn -q -B package)
}

bench_java() {
    java -Xmx1g -cp "$ROOT/bench/target/classes:$ROOT/bench/target/lib/*" "$@"
}

fresh_database() {
    "${PSQL[@]}" -d postgres -c "drop database if exists $1" -c "create database $1"
}

SERVER_BASE=$ROOT/bench/target/server

# start_server <database> [server args...]: a new server base directory unless KEEP_BASE=1 (a restart, which
# keeps what the server wrote under it, EJB timers included); EXTRA_DEPLOYMENTS are deployed beside the EAR.
# The database URL carries reWriteBatchedInserts=true, as the README recommends for production (DB_URL_PARAMS=""
# to leave it out). SERVER_JAVA_HOME runs the server on another JDK than the build's (the scripts' own Java stays).
start_server() {
    local database=$1
    local base=$SERVER_BASE
    if curl -s -o /dev/null "$BASE_URL/"; then
        echo "something already answers on $BASE_URL; stop it first" >&2
        return 1
    fi
    if [ "${KEEP_BASE:-0}" != 1 ]; then
        rm -rf "$base"
        mkdir -p "$base/deployments"
        cp -r "$WILDFLY/standalone/configuration" "$base/"
        cp "$ROOT/ear/target/arbiter.ear" ${EXTRA_DEPLOYMENTS:-} "$base/deployments/"
    fi
    JBOSS_HOME=$WILDFLY JAVA_HOME=${SERVER_JAVA_HOME:-${JAVA_HOME:-}} \
    JAVA_OPTS="-Xms2g -Xmx2g ${SERVER_GC:--XX:+UseG1GC} -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true ${EXTRA_JAVA_OPTS:-}" \
    ARBITER_DB_DRIVER=postgresql ARBITER_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database${DB_URL_PARAMS-?reWriteBatchedInserts=true}" \
    ARBITER_DB_USER=postgres ARBITER_DB_PASSWORD=postgres \
        "$WILDFLY/bin/standalone.sh" -c arbiter.xml -Djboss.server.base.dir="$base" \
        -Djboss.socket.binding.port-offset=200 "${@:2}" > "$base/console.log" 2>&1 &
    wait_until_serving 600
}

# wait_until_serving <seconds>: until the API answers a signed-in request (after a start or a reload).
wait_until_serving() {
    for _ in $(seq 1 "$1"); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' -u supervisor1:demo "$BASE_URL/api/v1/cases?limit=1")" = 200 ]; then
            return 0
        fi
        sleep 1
    done
    echo "the server did not come up; see $SERVER_BASE/console.log" >&2
    return 1
}

# server_java_version: the first line of `java -version` of the JDK start_server runs the server on.
server_java_version() {
    local home=${SERVER_JAVA_HOME:-${JAVA_HOME:-}}
    "${home:+$home/bin/}java" -version 2>&1 | head -n 1
}

stop_server() {
    "$WILDFLY/bin/jboss-cli.sh" --controller=localhost:10190 --connect command=:shutdown >/dev/null 2>&1 || true
    for _ in $(seq 1 120); do
        pgrep -f "jboss.server.base.dir=$SERVER_BASE" >/dev/null || return 0
        sleep 1
    done
}

# What WildFly reports as its start-up time (WFLYSRV0025 ... started in N ms), deployments included.
started_in_ms() {
    grep -o 'WFLYSRV002[56].*started in [0-9]*ms' "$SERVER_BASE/console.log" | tail -n 1 | grep -o '[0-9]*ms' | tr -d ms
}

# The process id of the server start_server started.
server_pid() { pgrep -f "^java .*-Djboss.server.base.dir=$SERVER_BASE" | head -n 1; }

# cpu_ticks <pid>: the CPU a process has used so far (user and system), in /proc's clock ticks of 10 ms.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# machine_ticks: what all cores have done so far, in clock ticks: "busy idle" (idle counts I/O wait), from /proc/stat.
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat; }

# postgres_ticks: "pid ticks" for every PostgreSQL process alive now (its backends and its own workers).
postgres_ticks() { awk '$2 == "(postgres)" { print $1, $14 + $15 }' /proc/[0-9]*/stat 2>/dev/null || true; }

# machine_split <requests> <machine before> <machine after>: per request, the machine's busy CPU in ms, and how idle
# it sat meanwhile.
machine_split() {
    awk -v n="$1" -v b0="${2% *}" -v i0="${2#* }" -v b1="${3% *}" -v i1="${3#* }" 'BEGIN {
        printf "machine_busy_ms=%.2f idle_pct=%.1f\n", (b1 - b0) * 10 / n, 100 * (i1 - i0) / ((b1 - b0) + (i1 - i0)) }'
}

# postgres_split <requests> <postgres before file> <postgres after file>: PostgreSQL's CPU per request in ms. A
# backend that ended in between is not counted; the server's pooled connections live through a measurement.
postgres_split() {
    awk -v n="$1" 'NR == FNR { before[$1] = $2; next } { sum += $2 - before[$1] } END {
        printf "postgres_ms=%.2f\n", sum * 10 / n }' "$2" "$3"
}

# The server's live heap in MB: used after a full GC.
heap_used_mb() {
    local pid
    pid=$(server_pid)
    jcmd "$pid" GC.run >/dev/null
    sleep 2
    jcmd "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -n 1 | awk '{ printf "%d", $2 / 1024 }'
}

# The lead engineer's builds share the two cores: wait until no Maven runs, then hold /tmp/bench.lock (saying what
# runs) until bench_unlock; the scripts release it from their EXIT trap.
bench_lock() {
    while pgrep -f plexus-classworlds >/dev/null; do sleep 20; done
    echo "$1 (pid $$, since $(date -u +%FT%TZ))" > /tmp/bench.lock
}

bench_unlock() {
    rm -f /tmp/bench.lock
}

# A line for the results if a Maven build ran beside a measurement anyway (its figures are then not clean).
maven_beside() {
    if pgrep -f plexus-classworlds >/dev/null; then
        echo "WARNING: a Maven build was running at the end of: $1"
    fi
}

# The commit measured, and whether the work tree had changes on top of it.
commit_measured() {
    local commit
    commit=$(git -C "$ROOT" rev-parse --short HEAD)
    if [ -n "$(git -C "$ROOT" status --porcelain -- api ejb web ear)" ]; then
        echo "$commit with uncommitted changes"
    else
        echo "$commit"
    fi
}

# create_case <buyer> <seller>: a case over the API, as the integration tests make one (Evidence.caseOfBuyer1):
# the platform pushes an order, the buyer complains that it never arrived, a specialist corrects the
# classification if needed. Prints the case number.
create_case() {
    local order paid shipped signed receipt number
    order="BENCH-$(date +%s%N)"
    paid=$(date -u -d '5 days ago' +%FT%TZ)
    shipped=$(date -u -d '4 days ago' +%FT%TZ)
    signed=$(date -u -d '2 days ago' +%FT%TZ)
    curl -sf -u platform1:demo -H 'Content-Type: application/json' "$BASE_URL/api/v1/integration/orders" -d @- >/dev/null <<JSON
{"orderId":"$order","buyerId":"$1","sellerId":"$2","amount":"80.00","currency":"CNY","paidAt":"$paid",
 "items":[{"sku":"SKU-1","title":"Ceramic vase","quantity":1,"unitPrice":"80.00"}],
 "logistics":{"carrier":"SF","trackingNumber":"SF123","status":"DELIVERED","shippedAt":"$shipped","signedAt":"$signed","signedBy":"locker"}}
JSON
    receipt=$(curl -sf -u "$1:demo" -H 'Content-Type: application/json' -H "Idempotency-Key: $order" \
        "$BASE_URL/api/v1/complaints" -d @- <<JSON
{"orderId":"$order","description":"The parcel shows as delivered to a locker but I never received it.","claimedAmount":"80.00","currency":"CNY","desiredRemedy":"REFUND_ONLY","language":"en"}
JSON
    )
    number=$(jq -r .caseNumber <<<"$receipt")
    if [ "$(jq -r .awaitingClassification <<<"$receipt")" = true ] || [ "$(jq -r '.category.type // ""' <<<"$receipt")" != NOT_RECEIVED ]; then
        curl -sf -u specialist1:demo -X PUT -H 'Content-Type: application/json' \
            -d '{"type":"NOT_RECEIVED","reason":"never arrived"}' "$BASE_URL/api/v1/cases/$number/classification" >/dev/null
    fi
    echo "$number"
}

# The intake load of bench/intake.sh and bench/intake-admission.sh: wrk in a closed loop (bench/intake.lua) with as
# many threads as cores (more only adds context switches on the same machine), each thread filing about its own
# block of seeded orders in each of two phases, the warm-up (0) and the measurement (1), so that no complaint is a
# duplicate of another. A block is more orders than a thread's connections can file in a phase.
INTAKE_WRK_THREADS=2
INTAKE_ORDERS_PER_THREAD=300000
INTAKE_ORDERS=$((2 * INTAKE_WRK_THREADS * INTAKE_ORDERS_PER_THREAD))

# intake_wrk <clients> <phase> <seconds> [offset]: the load for one phase, against orders seeded by
# seed_intake_orders; a second slice of the same phase starts each thread <offset> orders further on.
intake_wrk() {
    FIRST_ORDER=$(($2 * INTAKE_WRK_THREADS * INTAKE_ORDERS_PER_THREAD + ${4:-0})) ORDERS_PER_THREAD=$INTAKE_ORDERS_PER_THREAD \
        wrk -t"$INTAKE_WRK_THREADS" -c"$1" -d"$3"s --timeout 30s -s "$ROOT/bench/intake.lua" "$BASE_URL"
}

# intake_warm_up <database> <clients> <seconds>: the warm-up of phase 0, printing each slice's figures. Autovacuum
# is off on these machines' PostgreSQL; production's would analyse the case tables as they grow. Without statistics
# the planner trusts what it saw of the empty tables, and the history query reads all of a heavy user's cases (the
# whole warm-up then ran at a sixth of the measured rate): so a first slice fills the tables, they are analysed, and
# the rest of the warm-up runs the plans the measured minute runs, the JIT compiling for that load. Then, while the
# server's JIT still compiles (more than INTAKE_JIT_QUIET of a slice's seconds spent compiling), further 30 s slices,
# at most INTAKE_JIT_SLICES of them: on a slow machine the JIT needs some 200 s of this load, and a measured minute
# that began earlier spent up to a third of the server's CPU compiling. Analysed again at the end, as before the
# measurement.
INTAKE_JIT_QUIET=${INTAKE_JIT_QUIET:-0.05}
INTAKE_JIT_SLICES=${INTAKE_JIT_SLICES:-8}
intake_warm_up() {
    # Two lines: local expands all its words before it assigns any, so length cannot use first on the same line.
    local first=$(($3 < 60 ? $3 / 2 : 30)) offset=$((INTAKE_ORDERS_PER_THREAD / 2)) slice compiled extra=0
    local length=$(($3 - first))
    echo "## warm-up ${3}s (not counted): ${first}s, analyse, ${length}s, then 30s slices until the JIT is quiet"
    intake_wrk "$2" 0 "$first" | grep -E "^intake"
    "${PSQL[@]}" -d "$1" -c "analyze" >/dev/null
    compiled=$(jit_seconds)
    slice=$(intake_wrk "$2" 0 "$length" $offset | grep -E "^intake")
    echo "$slice"
    echo "intake jit_compile_s=$(awk -v a="$compiled" -v b="$(jit_seconds)" 'BEGIN { printf "%.1f", b - a }')"
    # A thread files at most the slice's requests, so each next slice starts that many orders further on.
    offset=$((offset + $(requests_of "$slice")))
    while [ $extra -lt "$INTAKE_JIT_SLICES" ] && jit_busy "$compiled" "$(jit_seconds)" "$length"; do
        if [ $((offset + $(requests_of "$slice"))) -ge "$INTAKE_ORDERS_PER_THREAD" ]; then
            echo "intake warm-up ends: no more seeded orders for another slice"
            break
        fi
        compiled=$(jit_seconds)
        slice=$(intake_wrk "$2" 0 30 $offset | grep -E "^intake")
        echo "$slice"
        echo "intake jit_compile_s=$(awk -v a="$compiled" -v b="$(jit_seconds)" 'BEGIN { printf "%.1f", b - a }')"
        offset=$((offset + $(requests_of "$slice")))
        extra=$((extra + 1))
        length=30
    done
    echo "intake warm-up_extra_slices=$extra"
    "${PSQL[@]}" -d "$1" -c "analyze" >/dev/null
}

# jit_seconds: the seconds the server's JIT has spent compiling since it started (jstat -compiler's Time), read with
# the jstat of the JDK the server runs on. Where jstat cannot read it, 0 and a warning: the warm-up then adds no slice.
jit_seconds() {
    local home=${SERVER_JAVA_HOME:-${JAVA_HOME:-}}
    "${home:+$home/bin/}jstat" -compiler "$(server_pid)" 2>/dev/null | awk 'NR == 2 { print $4 }' | grep . ||
        { echo "jstat could not read the server's JIT time; the warm-up does not wait for the JIT" >&2; echo 0; }
}

# jit_busy <seconds before> <seconds after> <slice seconds>: whether the JIT compiled for more than
# INTAKE_JIT_QUIET of the slice.
jit_busy() { awk -v a="$1" -v b="$2" -v s="$3" -v q="$INTAKE_JIT_QUIET" 'BEGIN { exit !(b - a > q * s) }'; }

# requests_of <wrk summary>: the requests wrk made.
requests_of() { echo "$1" | grep -oP 'requests=\K[0-9]+' | head -n 1; }

# seed_intake_orders <database>: the INTAKE_ORDERS orders B-0 .. B-<INTAKE_ORDERS - 1> straight into the snapshot
# tables (set-up, not measured), alternately buyer1's from seller1 and buyer2's from seller2.
seed_intake_orders() {
    "${PSQL[@]}" -d "$1" <<SQL
insert into order_snapshot (order_id, buyer_id, seller_id, amount, currency, paid_at, received_at, updated_at, version)
select 'B-' || g, case when g % 2 = 0 then 'buyer1' else 'buyer2' end, case when g % 2 = 0 then 'seller1' else 'seller2' end,
       99.00, 'CNY', now() - interval '3 days', now(), now(), 0
from generate_series(0, $INTAKE_ORDERS - 1) g;
insert into order_item (order_id, line_no, sku, title, quantity, unit_price)
select 'B-' || g, 0, 'SKU-1', 'Item', 1, 99.00 from generate_series(0, $INTAKE_ORDERS - 1) g;
analyze;
SQL
}
