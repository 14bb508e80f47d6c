#!/usr/bin/env bash
# Benchmark: 100,000 events, latency of search and filtered listing queries, requests per second of the
# listing page and the API; nginx serves the same response bytes from disk in the same run as the
# reference. Usage: bench/run.sh   (needs wrk, nginx, psql; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK="$ROOT/bench/work"
APP_PORT=${APP_PORT:-8099}
REF_PORT=${REF_PORT:-8098}
PG_PORT=${PG_PORT:-54329}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
mkdir -p "$WORK/static"

for tool in wrk nginx psql java; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y wrk nginx postgresql-client)"; exit 1; }
done
JAR=$(ls target/offene-kommune-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then
    ./mvnw -B -q -DskipTests package
    JAR=$(ls target/offene-kommune-*.jar | head -1)
fi

cleanup() {
    [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

echo "starting the application on port $APP_PORT (embedded PostgreSQL on $PG_PORT)"
OK_DATA_DIR="$WORK/data" OK_EMBEDDED_POSTGRES_PORT=$PG_PORT OK_DEMO_ENABLED=false SERVER_PORT=$APP_PORT \
    java -Xmx1g -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null && break
    sleep 1
done
curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null || { echo "application did not start, see $WORK/app.log"; exit 1; }

export PGPASSWORD=postgres
PSQL="psql -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -qAt"
COUNT=$($PSQL -c "select count(*) from event where status <> 'DRAFT'")
if [ "$COUNT" -lt 100000 ]; then
    echo "generating events"
    START=$(date +%s)
    $PSQL -f bench/generate.sql
    echo "generated in $(( $(date +%s) - START )) s"
fi
COUNT=$($PSQL -c "select count(*) from event where status <> 'DRAFT'")
echo "public events: $COUNT"

# The reference: the same response bytes, saved now, served by nginx from disk.
save() { # list-of-paths name
    local i=0
    : > "$WORK/$2-ref-paths.txt"
    while read -r path; do
        [ -z "$path" ] && continue
        i=$((i + 1))
        curl -sf -o "$WORK/static/$2-$i" "http://127.0.0.1:$APP_PORT$path"
        echo "/$2-$i" >> "$WORK/$2-ref-paths.txt"
    done < "$1"
}
save bench/search-paths.txt search
save bench/listing-paths.txt listing
echo "/events" > "$WORK/page-paths.txt"; save "$WORK/page-paths.txt" page
echo "/api/v1/events" > "$WORK/api-paths.txt"; save "$WORK/api-paths.txt" api

cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/octet-stream;
    sendfile on;
    keepalive_requests 100000;
    server {
        listen 127.0.0.1:$REF_PORT;
        root $WORK/static;
    }
}
CONF
nginx -c "$WORK/nginx.conf"

run() { # port paths-file -> "p50 p99 rps"
    PATHS="$2" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/rotate.lua "http://127.0.0.1:$1" \
        > "$WORK/wrk.out"
    local p50 p99 rps
    p50=$(awk '/^ +50%/ {print $2}' "$WORK/wrk.out")
    p99=$(awk '/^ +99%/ {print $2}' "$WORK/wrk.out")
    rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.out")
    echo "$p50 $p99 $rps"
}
ms() { # wrk time like 1.23ms / 850us / 1.2s -> milliseconds
    awk -v t="$1" 'BEGIN { v = t + 0; if (t ~ /us$/) v /= 1000; else if (t ~ /ms$/) v *= 1; else if (t ~ /s$/) v *= 1000; printf "%.2f", v }'
}

echo "warming up"
for list in bench/search-paths.txt bench/listing-paths.txt "$WORK/page-paths.txt" "$WORK/api-paths.txt"; do
    PATHS="$list" wrk -t1 -c4 -d10s -s bench/rotate.lua "http://127.0.0.1:$APP_PORT" > /dev/null
done

RESULTS="$WORK/results.md"
{
    echo "| measurement | application | reference (nginx, same bytes) | ratio |"
    echo "|---|---|---|---|"
} > "$RESULTS"
for name in search listing page api; do
    case $name in
        search) app_paths=bench/search-paths.txt; label="search (10 queries)";;
        listing) app_paths=bench/listing-paths.txt; label="filtered listing (10 filter sets)";;
        page) app_paths="$WORK/page-paths.txt"; label="listing page /events";;
        api) app_paths="$WORK/api-paths.txt"; label="/api/v1/events";;
    esac
    read -r a50 a99 arps < <(run "$APP_PORT" "$app_paths")
    read -r r50 r99 rrps < <(run "$REF_PORT" "$WORK/$name-ref-paths.txt")
    a50=$(ms "$a50"); a99=$(ms "$a99"); r50=$(ms "$r50"); r99=$(ms "$r99")
    if [ "$name" = search ] || [ "$name" = listing ]; then
        echo "| $label p50 latency | ${a50} ms | ${r50} ms | $(awk -v a="$a50" -v r="$r50" 'BEGIN{printf "%.1f×", a/r}') |" >> "$RESULTS"
        echo "| $label p99 latency | ${a99} ms | ${r99} ms | $(awk -v a="$a99" -v r="$r99" 'BEGIN{printf "%.1f×", a/r}') |" >> "$RESULTS"
    fi
    echo "| $label requests/s | $arps | $rrps | $(awk -v a="$arps" -v r="$rrps" 'BEGIN{printf "%.3f", a/r}') |" >> "$RESULTS"
done
{
    echo
    echo "$COUNT public events; wrk -t$THREADS -c$CONNECTIONS -d$DURATION per row after a 10 s warm-up;"
    echo "$(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)."
    echo "Latency ratio: application ÷ reference (lower is better); throughput ratio: application ÷ reference."
} >> "$RESULTS"
cat "$RESULTS"
