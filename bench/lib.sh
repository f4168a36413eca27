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
    (cd "$ROOT/bench" && mvn -q -B package)
}

bench_java() {
    java -Xmx1g -cp "$ROOT/bench/target/classes:$ROOT/bench/target/lib/*" "$@"
}

fresh_database() {
    "${PSQL[@]}" -d postgres -c "drop database if exists $1" -c "create database $1"
}

start_server() {
    local database=$1
    local base=$ROOT/bench/target/server
    rm -rf "$base"
    mkdir -p "$base/deployments"
    cp -r "$WILDFLY/standalone/configuration" "$base/"
    cp "$ROOT/ear/target/arbiter.ear" "$base/deployments/"
    JBOSS_HOME=$WILDFLY \
    JAVA_OPTS="-Xms2g -Xmx2g -XX:+UseG1GC -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true ${EXTRA_JAVA_OPTS:-}" \
    ARBITER_DB_DRIVER=postgresql ARBITER_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" \
    ARBITER_DB_USER=postgres ARBITER_DB_PASSWORD=postgres \
        "$WILDFLY/bin/standalone.sh" -c arbiter.xml -Djboss.server.base.dir="$base" \
        -Djboss.socket.binding.port-offset=200 "${@:2}" > "$base/console.log" 2>&1 &
    for _ in $(seq 1 180); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' -u supervisor1:demo "$BASE_URL/api/v1/cases?limit=1")" = 200 ]; then
            return 0
        fi
        sleep 1
    done
    echo "the server did not come up; see $base/console.log" >&2
    return 1
}

stop_server() {
    "$WILDFLY/bin/jboss-cli.sh" --controller=localhost:10190 --connect command=:shutdown >/dev/null 2>&1 || true
    sleep 3
}
