#!/usr/bin/env bash
# Evidence upload of 200 MB files over HTTP:
#  (a) throughput: each of five files (a valid MP4 head and random bytes, different every time) is hashed with
#      sha256sum (in the page cache) and uploaded with curl, one after the other; the medians of both and their
#      ratio; every reply's sha256 must be the file's. For reference, the same file written and fsync'd with dd,
#      and hashed by openssl (which, unlike sha256sum, uses the CPU's SHA instructions).
#  (b) heap: 8 concurrent uploads of distinct files, twice: once sampling the live heap (used after a forced full
#      GC) again and again while they run, against the live heap before; once without forcing anything, for the
#      wall time, the aggregate MB/s and the peak used heap (jstat every 250 ms, young generation included).
#
#   bench/evidence.sh [megabytes] [runs] [concurrent]
source "$(dirname "$0")/lib.sh"
MB=${1:-200}
RUNS=${2:-5}
CONCURRENT=${3:-8}
BYTES=$((MB * 1024 * 1024))
DB=arbiter_bench_evidence
FILES=$ROOT/bench/target/evidence-files
OUT=$RESULTS/evidence-$(date -u +%Y%m%dT%H%M%SZ).txt
# ftyp box: size 28, brand mp42, version 0, compatible isom and mp42. Tika sniffs video/mp4 from it.
MP4_HEAD='\x00\x00\x00\x1cftypmp42\x00\x00\x00\x00isommp42'

build
bench_lock "bench/evidence.sh: evidence upload benchmark"
trap 'stop_server; bench_unlock; rm -rf "$FILES" "$SERVER_BASE/data/arbiter/evidence"' EXIT
rm -rf "$FILES"
mkdir -p "$FILES"

gen() { # file
    { printf "$MP4_HEAD"; head -c $((BYTES - 24)) /dev/urandom; } > "$1"
}
now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mbps() { echo "scale=1; $MB * ${2:-1} / $1" | bc; } # seconds [files] -> MB/s (MB = 2^20 bytes)

# upload <file> <case> <caption> <reply>: prints "<status> <seconds>" as curl measured them. -T streams the file
# (--data-binary @file would read it into curl's memory first); no Expect: 100-continue round trip.
upload() {
    curl -s -o "$4" -w '%{http_code} %{time_total}\n' -u buyer1:demo -X POST -H 'Content-Type: application/octet-stream' \
        -H 'Expect:' -T "$1" "$BASE_URL/api/v1/cases/$2/evidence?kind=VIDEO&caption=$3"
}
check_reply() { # status reply sha256
    if [ "$1" != 201 ] || [ "$(jq -r .sha256 "$2")" != "$3" ] || [ "$(jq -r .sizeBytes "$2")" != "$BYTES" ] \
        || [ "$(jq -r .mediaType "$2")" != video/mp4 ]; then
        echo "upload failed or answered wrongly ($1): $(head -c 500 "$2")" >&2
        exit 1
    fi
}
# The live heap in MB now: used right after a forced full GC (heap_used_mb without its pause).
live_heap_mb() {
    jcmd "$1" GC.run >/dev/null
    jcmd "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -n 1 | awk '{ printf "%d", $2 / 1024 }'
}

# concurrent <prefix> <case> <sample-live-heap 0|1>: uploads the files <prefix>1..N side by side; prints
# "wall seconds|peak used heap MB|live heap samples", the samples (with 1) taken while the uploads run.
concurrent() {
    local pid i start wall peak jstat samples=""
    pid=$(server_pid)
    jstat -gc "$pid" 250 > "$FILES/$1.jstat" &
    jstat=$!
    start=$(now)
    for i in $(seq 1 "$CONCURRENT"); do
        { upload "$FILES/$1$i.mp4" "$2" "concurrent+$i" "$FILES/$1$i.json" > "$FILES/$1$i.out"; touch "$FILES/$1$i.done"; } &
    done
    running() { [ "$(ls "$FILES" | grep -c "^$1[0-9]*\.done$")" -lt "$CONCURRENT" ]; }
    if [ "$3" = 1 ]; then
        while running "$1"; do
            samples="$samples $(live_heap_mb "$pid")"
        done
    fi
    while running "$1"; do sleep 0.02; done
    wall=$(elapsed "$start")
    kill "$jstat"
    wait "$jstat" 2>/dev/null || true
    for i in $(seq 1 "$CONCURRENT"); do
        check_reply "$(cut -d' ' -f1 "$FILES/$1$i.out")" "$FILES/$1$i.json" "${SHA[$1$i]}"
    done
    # jstat -gc: S0U S1U EU OU are columns 3, 4, 6, 8 (KB).
    peak=$(awk '$1 ~ /^[0-9.]+$/ { u = ($3 + $4 + $6 + $8) / 1024; if (u > m) m = u } END { printf "%d", m }' "$FILES/$1.jstat")
    echo "$wall|$peak|$samples"
}

{
    echo "# evidence benchmark $(date -u +%FT%TZ), $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), commit $(commit_measured)"
    fresh_database $DB
    start_server $DB -Darbiter.evidence.max-file-bytes=268435456 -Darbiter.evidence.max-side-bytes=4294967296
    CASE_A=$(create_case buyer1 seller1)
    CASE_B1=$(create_case buyer1 seller1)
    CASE_B2=$(create_case buyer1 seller1)
    echo "cases $CASE_A (a), $CASE_B1 and $CASE_B2 (b); files of $MB MB ($BYTES bytes), MB = 2^20 bytes"

    declare -A SHA
    for i in $(seq 1 "$RUNS"); do gen "$FILES/a$i.mp4"; done
    for i in $(seq 1 "$CONCURRENT"); do gen "$FILES/h$i.mp4"; gen "$FILES/c$i.mp4"; done
    sync
    for i in $(seq 1 "$CONCURRENT"); do
        SHA[h$i]=$(sha256sum "$FILES/h$i.mp4" | cut -c1-64)
        SHA[c$i]=$(sha256sum "$FILES/c$i.mp4" | cut -c1-64)
    done
    # A first upload warms the server's upload path (not counted).
    gen "$FILES/warm.mp4"
    read -r status _ < <(upload "$FILES/warm.mp4" "$CASE_A" warm-up "$FILES/warm.json")
    check_reply "$status" "$FILES/warm.json" "$(sha256sum "$FILES/warm.mp4" | cut -c1-64)"

    echo "## (a) one at a time: sha256sum of the file (page cache) and its upload over HTTP, $RUNS files"
    : > "$FILES/sha.times"
    : > "$FILES/upload.times"
    for i in $(seq 1 "$RUNS"); do
        start=$(now)
        SHA[a$i]=$(sha256sum "$FILES/a$i.mp4" | cut -c1-64)
        sha_seconds=$(elapsed "$start")
        read -r status seconds < <(upload "$FILES/a$i.mp4" "$CASE_A" "upload+$i" "$FILES/a$i.json")
        check_reply "$status" "$FILES/a$i.json" "${SHA[a$i]}"
        echo "$sha_seconds" >> "$FILES/sha.times"
        echo "$seconds" >> "$FILES/upload.times"
        printf 'file %d: sha256sum %.3f s (%s MB/s), upload %.3f s (%s MB/s), reply sha256 matches\n' "$i" "$sha_seconds" \
            "$(mbps "$sha_seconds")" "$seconds" "$(mbps "$seconds")"
    done
    sha_median=$(median < "$FILES/sha.times")
    upload_median=$(median < "$FILES/upload.times")
    printf 'evidence sha256sum median %.3f s: %s MB/s\n' "$sha_median" "$(mbps "$sha_median")"
    printf 'evidence upload    median %.3f s: %s MB/s\n' "$upload_median" "$(mbps "$upload_median")"
    echo "evidence upload / sha256sum = $(echo "scale=3; $sha_median / $upload_median" | bc)"
    : > "$FILES/dd.times"
    for i in 1 2 3; do
        start=$(now)
        dd if="$FILES/a$i.mp4" of="$SERVER_BASE/data/dd-reference.bin" bs=1M conv=fsync status=none
        elapsed "$start" >> "$FILES/dd.times"
        rm -f "$SERVER_BASE/data/dd-reference.bin"
    done
    dd_median=$(median < "$FILES/dd.times")
    printf 'reference: dd of the file into the server data directory with fsync, median %.3f s: %s MB/s\n' "$dd_median" \
        "$(mbps "$dd_median")"
    # sha256sum (coreutils) does not use the CPU's SHA instructions; OpenSSL does, as the JDK's SHA-256 does.
    : > "$FILES/openssl.times"
    for i in 1 2 3; do
        start=$(now)
        openssl dgst -sha256 "$FILES/a$i.mp4" > /dev/null
        elapsed "$start" >> "$FILES/openssl.times"
    done
    openssl_median=$(median < "$FILES/openssl.times")
    printf 'reference: openssl dgst -sha256 of the file (page cache), median %.3f s: %s MB/s; upload / openssl = %s\n' \
        "$openssl_median" "$(mbps "$openssl_median")" "$(echo "scale=3; $openssl_median / $upload_median" | bc)"
    maven_beside "(a)"

    echo "## (b) $CONCURRENT concurrent uploads of distinct files"
    before=$(heap_used_mb)
    echo "live heap before (used after a full GC): $before MB"
    concurrent h "$CASE_B1" 1 > "$FILES/h.result"
    IFS='|' read -r wall peak samples < "$FILES/h.result"
    max=$(tr ' ' '\n' <<<"$samples" | sort -n | tail -n 1)
    echo "run 1, live heap sampled during the uploads (forced full GCs):$samples MB"
    printf 'evidence heap: live before %d MB, max live during %d MB: growth %d MB (%d samples); run 1 wall %.1f s\n' \
        "$before" "$max" "$((max - before))" "$(wc -w <<<"$samples")" "$wall"
    after=$(heap_used_mb)
    echo "live heap after run 1: $after MB"
    concurrent c "$CASE_B2" 0 > "$FILES/c.result"
    IFS='|' read -r wall peak _ < "$FILES/c.result"
    printf 'evidence %d concurrent, run 2 (nothing forced): wall %.2f s, aggregate %s MB/s, peak used heap %d MB (jstat, young generation included)\n' \
        "$CONCURRENT" "$wall" "$(mbps "$wall" "$CONCURRENT")" "$peak"
    echo "live heap after run 2: $(heap_used_mb) MB"
    echo "every reply: 201, video/mp4, the file's size and sha256"
    maven_beside "(b)"
} 2>&1 | tee "$OUT"
echo "results in $OUT"
