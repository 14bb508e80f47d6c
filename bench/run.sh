#!/usr/bin/env bash
# The benchmark suite, one command: bench/run.sh
#
# Builds the jar when the sources are newer, starts it (recommended small-server flags) against its
# embedded PostgreSQL in bench/work/, generates the data set once (100,000 events, registrations),
# measures cold start, then for every target saves the application's response (headers and gzip
# body) and measures the application and nginx serving that very copy with wrk, one after the other
# in the same run; last the registration rush against pgbench's insert-and-commit rate. Prints a
# Markdown table and writes it to bench/work/results.md. Needs wrk, nginx, psql, pgbench
# (apt-get install -y wrk nginx postgresql-client). PROFILE=1 also records a JFR profile of the
# application and prints its top frames; JAVA=/path/to/bin/java runs the application on another JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
# SCALE=1000000 bench/run.sh: the same suite on that many public events, with its own database.
SCALE=${SCALE:-100000}
WORK="$ROOT/bench/work$([ "$SCALE" = 100000 ] || echo "-$SCALE")"
APP_PORT=${APP_PORT:-8099}
REF_PORT=${REF_PORT:-8098}
PG_PORT=${PG_PORT:-54329}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
# wrk gives up on a request after this long and counts it as a timeout; a row fails with any timeout
# or with any request slower than LIMIT_MS (its maximum latency), and the script then exits non-zero.
WRK_TIMEOUT=${WRK_TIMEOUT:-2s}
LIMIT_MS=${LIMIT_MS:-1000}
RUSH_N=${RUSH_N:-2000}
RUSH_CAPACITY=${RUSH_CAPACITY:-500}
JAVA=${JAVA:-java}
JAVA_FLAGS=${JAVA_FLAGS:-$(cat bench/jvm-flags.txt)}
# The C library's pools for native allocations, as recommended in the README (Running on a small server).
MALLOC_ARENAS=${MALLOC_ARENA_MAX:-2}
TOKEN=okt_bench_local_only_0123456789abcdef0123456789
mkdir -p "$WORK/static"

for tool in wrk nginx psql pgbench java curl python3; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y wrk nginx postgresql-client)"; exit 1; }
done
JAR=$(ls target/offene-kommune-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]; then
    echo "building the jar"
    ./mvnw -B -q -DskipTests package
    JAR=$(ls target/offene-kommune-*.jar | grep -v plain | head -1)
fi

# The recommended start (README, Running on a small server): the jar extracted and trained by
# deploy/fast-start.sh (an AOT cache on Java 25+, a class data sharing archive before), made again when
# the jar is newer. CDS=0 starts the jar itself, without an archive, to compare. Java 17 crashes when a
# dynamic archive meets a flight recording, so PROFILE=1 runs without the archive there.
JAVA_MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
[ "${PROFILE:-0}" = 1 ] && [ "$JAVA_MAJOR" -lt 25 ] && CDS=0
# Java 22 and newer give what the C library's pools keep unused back to the system every 5 s (README,
# Running on a small server); Java 17 knows no such flag.
if [ "$JAVA_MAJOR" -ge 22 ] && [[ "$JAVA_FLAGS" != *TrimNativeHeapInterval* ]]; then
    JAVA_FLAGS="$JAVA_FLAGS -XX:TrimNativeHeapInterval=5000"
fi
if [ "${CDS:-1}" = 1 ]; then
    FAST="$WORK/fast-start-$JAVA_MAJOR"
    # The archive fits only the flags it was trained with (e.g. the object header size): trained again when
    # the jar, the training or the flags changed.
    if [ ! -s "$FAST/java-flags" ] || [ "$JAR" -nt "$FAST/java-flags" ] || [ deploy/fast-start.sh -nt "$FAST/java-flags" ] \
        || [ "$(cat "$FAST/trained-with" 2>/dev/null)" != "$JAVA_FLAGS" ]; then
        echo "training run for the start (deploy/fast-start.sh, Java $JAVA_MAJOR)"
        # shellcheck disable=SC2086
        JAVA=$JAVA deploy/fast-start.sh "$JAR" "$FAST" $JAVA_FLAGS
        echo "$JAVA_FLAGS" > "$FAST/trained-with"
    fi
    JAR="$FAST/$(basename "$JAR")"
    JAVA_FLAGS="$JAVA_FLAGS $(cat "$FAST/java-flags")"
fi

cleanup() {
    [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

# --- start, cold start to the first page -------------------------------------------------------------
PROFILE_FLAGS=
[ "${PROFILE:-0}" = 1 ] && PROFILE_FLAGS="-XX:StartFlightRecording=filename=$WORK/app.jfr,settings=profile,dumponexit=true"
start_app() { # data-folder log extra-flags -> APP_PID and COLD_MS: process start to the first 200 of /
    local t0
    t0=$(date +%s%N)
    # shellcheck disable=SC2086
    OK_DATA_DIR="$1" OK_EMBEDDED_POSTGRES_PORT=$PG_PORT OK_DEMO_ENABLED=false SERVER_PORT=$APP_PORT OK_MANAGEMENT_PORT=0 \
    OK_ADMIN_EMAIL=bench@example.org OK_ADMIN_PASSWORD=Bench-Passwort-2026 OK_ADMIN_API_TOKEN=$TOKEN \
    OK_REGISTRATION_PER_ADDRESS=1000000 OK_SECURE_COOKIES=false MALLOC_ARENA_MAX=$MALLOC_ARENAS \
        "$JAVA" $JAVA_FLAGS $3 -jar "$JAR" > "$2" 2>&1 &
    APP_PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/")" = 200 ]; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "application stopped, see $2"; exit 1; }
        [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 300 ] || { echo "no first page after 300 s"; exit 1; }
        sleep 0.05
    done
    COLD_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
    # The JVM's CPU time until then: less dependent on what else runs on the machine than the wall time.
    COLD_CPU=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$APP_PID/stat")
}
kb() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$2/status"; }
# A new database first (an empty data folder: PostgreSQL's initdb and all migrations), then stopped;
# COLD_NEW=0 skips it.
COLD_NEW_RESULT=
if [ "${COLD_NEW:-1}" = 1 ]; then
    rm -rf "$WORK/fresh"
    echo "starting the application on port $APP_PORT on a new database"
    start_app "$WORK/fresh" "$WORK/app-fresh.log" ""
    COLD_NEW_RESULT="$COLD_MS ms (new database, JVM CPU $COLD_CPU s)"
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
    rm -rf "$WORK/fresh"
    echo "first page after $COLD_NEW_RESULT"
fi
FRESH=$([ -d "$WORK/data/postgres" ] && echo "existing database" || echo "new database")
# Two starts of the same jar differ by more than a second on this kind of machine (the JIT, PostgreSQL's
# autovacuum): COLD_RUNS starts (3) on the existing database, the median counts, the last copy stays up.
COLD_RUNS=${COLD_RUNS:-3}
COLD_TIMES=()
for run in $(seq "$COLD_RUNS"); do
    echo "starting the application on port $APP_PORT (embedded PostgreSQL on $PG_PORT, $FRESH, start $run of $COLD_RUNS)"
    start_app "$WORK/data" "$WORK/app.log" "$([ "$run" = "$COLD_RUNS" ] && echo "$PROFILE_FLAGS")"
    COLD_TIMES+=("$COLD_MS")
    echo "first page after $COLD_MS ms (JVM CPU $COLD_CPU s)"
    if [ "$run" != "$COLD_RUNS" ]; then
        kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
        FRESH="existing database"
    fi
done
read -r COLD_MS COLD_SPREAD < <(printf '%s\n' "${COLD_TIMES[@]}" | sort -n | awk '{t[NR] = $1} END {
    printf "%d %s\n", (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), (NR > 1 ? "median of " NR " starts, " t[1] "–" t[NR] " ms, " : "")}')
COLD_SPREAD=${COLD_SPREAD:+$COLD_SPREAD }
START_RSS_MB=$(( $(kb VmRSS "$APP_PID") / 1024 ))
echo "first page after $COLD_MS ms (${COLD_SPREAD}last JVM CPU $COLD_CPU s), RSS $START_RSS_MB MB"

export PGPASSWORD=postgres
PSQL="psql -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -qAt"
if [ "$($PSQL -c "select count(*) from event where slug like 'bench-%'")" -lt "$SCALE" ]; then
    echo "generating $SCALE events and registrations (about a minute per 100,000)"
    $PSQL -v events=$(( SCALE / 50 * 51 )) -f bench/generate.sql > /dev/null
    $PSQL -f bench/generate-participation.sql > /dev/null
fi
# The registrations sit on the events that were upcoming when they were generated: once those have passed (and
# the application has removed the participants' data), the next upcoming ones get theirs.
if [ "$($PSQL -c "select count(*) from registration_tally t join event e on e.id = t.event_id
                   where e.slug like 'bench-%' and e.starts_at > now() + interval '2 days'")" = 0 ]; then
    echo "adding registrations to the next upcoming events"
    $PSQL -f bench/generate-participation.sql > /dev/null
fi
EVENTS=$($PSQL -c "select count(*) from event where status <> 'DRAFT'")
REGISTRATIONS=$($PSQL -c "select count(*) from registration")
# An upcoming event that takes registrations (a form with a CSRF token) and already has some.
SLUG=$($PSQL -c "select e.slug from event e join registration_tally t on t.event_id = e.id
                  where e.status = 'PUBLISHED' and e.starts_at > now() + interval '2 days' order by e.starts_at limit 1")

api() { curl -fs -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" "$@"; }
ORG=$($PSQL -c "select id from organization where slug like 'bench-org-%' order by slug limit 1")
START=$(date -d '+30 days' +%Y-%m-%dT18:00)
new_event() { # title capacity -> id
    local id
    id=$(api -d "{\"organizationId\":\"$ORG\",\"type\":\"CONFERENCE\",\"title\":\"$1\",\"summary\":\"Benchmark\",
        \"startsAt\":\"$START\",\"endsAt\":\"${START%T*}T21:00\",\"attendanceMode\":\"ONLINE\",
        \"onlineUrl\":\"https://meet.example.org/x\",\"cost\":{\"free\":true},
        \"registration\":{\"mode\":\"REQUIRED\",\"capacity\":$2}}" "http://127.0.0.1:$APP_PORT/api/v1/events" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    api -X POST "http://127.0.0.1:$APP_PORT/api/v1/events/$id/publish" > /dev/null
    echo "$id"
}
# A conference of one evening with its programme (20 sessions in four rooms, six speakers) and an image.
PROGRAMME_EVENT=$(new_event "Tagung mit Programm" 400)
export APP_PORT WORK PSQL
export -f api
TOKEN=$TOKEN bench/programme/create.sh "$PROGRAMME_EVENT" "$START"
PROGRAMME_SLUG=$($PSQL -c "select slug from event where id = '$PROGRAMME_EVENT'")

# --- targets: name|path|client ---------------------------------------------------------------------------
# client "browser": the requests carry what a browser sends when someone opens the page from elsewhere
# (BROWSER_HEADERS, Fetch Metadata), so the form pages need no CSRF token and set no cookie; the second event
# page row is the same page for a client that sends none of that, which gets a token and its cookie.
BROWSER_HEADERS=(-H 'Sec-Fetch-Site: none' -H 'Sec-Fetch-Mode: navigate' -H 'Sec-Fetch-Dest: document' -H 'Sec-Fetch-User: ?1')
cat > "$WORK/targets.txt" <<TARGETS
event page|/events/$SLUG|browser
event page, client without Fetch Metadata|/events/$SLUG|
event page with programme and image|/events/$PROGRAMME_SLUG|browser
start page|/|browser
filtered listing|/events?topic=CLIMATE&state=NORDRHEIN_WESTFALEN|browser
/api/v1/events|/api/v1/events
one event .ics|/events/$SLUG.ics
filtered iCal feed|/events.ics?municipality=05315000&when=month
TARGETS
# ONLY=regex measures just the targets whose names match, and skips the query rows and the rush.
if [ -n "${ONLY:-}" ]; then
    grep -E "^[^|]*(${ONLY})" "$WORK/targets.txt" > "$WORK/targets.only" || true
    mv "$WORK/targets.only" "$WORK/targets.txt"
fi

# --- the reference: the same bytes and headers, served by nginx --------------------------------------
{
    echo "worker_processes 1;"
    echo "pid $WORK/nginx.pid;"
    echo "error_log $WORK/nginx-error.log;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "  access_log off; sendfile on; tcp_nopush on; keepalive_requests 1000000; server_tokens off;"
    echo "  server {"
    echo "    listen 127.0.0.1:$REF_PORT;"
    echo "    root $WORK/static;"
} > "$WORK/nginx.conf"
i=0
while IFS='|' read -r name path client; do
    i=$((i + 1))
    CLIENT=()
    [ "$client" != browser ] || CLIENT=("${BROWSER_HEADERS[@]}")
    curl -s -H 'Accept-Encoding: gzip' "${CLIENT[@]}" -D "$WORK/static/t$i.headers" -o "$WORK/static/t$i" \
        "http://127.0.0.1:$APP_PORT$path"
    {
        echo "    location = /t$i {"
        tr -d '\r' < "$WORK/static/t$i.headers" | awk '
            NR == 1 || NF == 0 { next }
            { name = tolower(substr($1, 1, length($1) - 1)); value = substr($0, length($1) + 2) }
            name ~ /^(date|content-length|transfer-encoding|connection|keep-alive)$/ { next }
            name == "content-type" { printf "      default_type \"%s\";\n", value; next }
            { gsub(/"/, "\\\"", value); printf "      add_header %s \"%s\" always;\n", substr($1, 1, length($1) - 1), value }'
        echo "    }"
    } >> "$WORK/nginx.conf"
done < "$WORK/targets.txt"
echo "  }" >> "$WORK/nginx.conf"
echo "}" >> "$WORK/nginx.conf"
rm -f "$WORK/nginx.pid"
nginx -c "$WORK/nginx.conf"
for _ in $(seq 1 50); do [ -s "$WORK/nginx.pid" ] && break; sleep 0.1; done
NGINX_WORKER=$(pgrep -P "$(cat "$WORK/nginx.pid")" | head -1)

# --- measuring ----------------------------------------------------------------------------------------
cpu_ticks() { # pid... -> utime + stime of all, in clock ticks
    local total=0 pid
    for pid in "$@"; do total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0) )); done
    echo "$total"
}
pg_pids() { # the embedded PostgreSQL's postmaster and its backends
    local postmaster
    postmaster=$(head -1 "$(find "$WORK/data" -name postmaster.pid | head -1)")
    echo "$postmaster" $(pgrep -P "$postmaster")
}
ms() { # wrk time like 1.23ms / 850.00us / 1.20s -> milliseconds
    awk -v t="$1" 'BEGIN { v = t + 0; if (t ~ /us$/) v /= 1000; else if (t ~ /ms$/) v *= 1; else if (t ~ /s$/) v *= 1000; printf "%.2f", v }'
}
HZ=$(getconf CLK_TCK)
WRK_EXTRA=()
cores() { # ticks seconds -> cores used
    awk -v t="$1" -v hz="$HZ" -v s="$2" 'BEGIN {printf "%.2f", t / hz / s}'
}
measure() { # url "server pids" "database pids" -> "rps p50 p99 errors server-cores database-cores timeouts max"
    local url=$1 server=$2 database=$3 s0 d0 s1 d1 secs
    s0=$(cpu_ticks $server); d0=$(cpu_ticks $database)
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency -H 'Accept-Encoding: gzip' \
        "${WRK_EXTRA[@]}" "$url" > "$WORK/wrk.out"
    s1=$(cpu_ticks $server); d1=$(cpu_ticks $database)
    secs=$(awk '/requests in/ {print $4}' "$WORK/wrk.out" | tr -d 's,')
    echo "$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.out")" \
         "$(ms "$(awk '/^ +50%/ {print $2}' "$WORK/wrk.out")")" \
         "$(ms "$(awk '/^ +99%/ {print $2}' "$WORK/wrk.out")")" \
         "$(awk '/Non-2xx|Socket errors/ {e = 1} END {print e ? "yes" : "0"}' "$WORK/wrk.out")" \
         "$(cores $((s1 - s0)) "$secs")" "$(cores $((d1 - d0)) "$secs")" \
         "$(awk '/Socket errors/ {for (i = 1; i < NF; i++) if ($i == "timeout") t = $(i + 1)} END {print t + 0}' "$WORK/wrk.out")" \
         "$(ms "$(awk '$1 == "Latency" {print $4; exit}' "$WORK/wrk.out")")"
}
verdict() { # row-name timeouts max-ms -> "timeouts / max ms" cell; a row that failed goes to failed.txt
    if [ "$2" -gt 0 ] || awk -v m="$3" -v l="$LIMIT_MS" 'BEGIN {exit !(m > l)}'; then
        echo "$1: $2 timeouts, slowest request $3 ms" >> "$WORK/failed.txt"
        echo "$2 / $3 **failed**"
    else
        echo "$2 / $3"
    fi
}

RESULTS="$WORK/results.md"
: > "$WORK/failed.txt"
{
    echo "| target | app req/s | nginx req/s | ratio | app p50 / p99 ms | app timeouts / max ms | nginx p50 / p99 ms | bytes | app CPU cores (JVM + PostgreSQL) | nginx CPU cores | app peak RSS |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$RESULTS"
failed_rows() { # after the table: names the rows with a timeout or a request over LIMIT_MS, and fails
    [ -s "$WORK/failed.txt" ] || return 0
    echo
    echo "FAILED: requests over $LIMIT_MS ms or timed out (wrk --timeout $WRK_TIMEOUT):"
    sed 's/^/  /' "$WORK/failed.txt"
    exit 1
}

i=0
while IFS='|' read -r name path client; do
    i=$((i + 1))
    WRK_EXTRA=()
    [ "$client" != browser ] || WRK_EXTRA=("${BROWSER_HEADERS[@]}")
    wrk -t1 -c8 -d"$WARMUP" -H 'Accept-Encoding: gzip' "${WRK_EXTRA[@]}" "http://127.0.0.1:$APP_PORT$path" > /dev/null
    read -r arps a50 a99 aerr acpu pgcpu atimeouts amax < <(measure "http://127.0.0.1:$APP_PORT$path" "$APP_PID" "$(pg_pids)")
    cp "$WORK/wrk.out" "$WORK/wrk-app-t$i.out"
    read -r rrps r50 r99 rerr rcpu _ < <(measure "http://127.0.0.1:$REF_PORT/t$i" "$NGINX_WORKER" "")
    ratio=$(awk -v a="$arps" -v r="$rrps" 'BEGIN {printf "%.2f", a / r}')
    [ "$aerr" = 0 ] && [ "$rerr" = 0 ] || ratio="$ratio (errors, see $WORK/wrk-app-t$i.out)"
    echo "| $name \`$path\` | $arps | $rrps | $ratio | $a50 / $a99 | $(verdict "$name" "$atimeouts" "$amax") | $r50 / $r99 | $(stat -c %s "$WORK/static/t$i") | $acpu + $pgcpu | $rcpu | $(( $(kb VmHWM "$APP_PID") / 1024 )) MB |" >> "$RESULTS"
    WRK_EXTRA=()
    echo "measured: $name"
done < "$WORK/targets.txt"

# ONLY='rush' (any regex matching "registration rush") skips the query rows and runs the rush.
if [ -n "${ONLY:-}" ] && ! grep -qE "(${ONLY})" <<< "registration rush"; then
    echo
    echo "Cold start to the first 200 of / : $COLD_MS ms ($FRESH, ${COLD_SPREAD}JVM CPU $COLD_CPU s)${COLD_NEW_RESULT:+, $COLD_NEW_RESULT}; peak RSS $(( $(kb VmHWM "$APP_PID") / 1024 )) MB." >> "$RESULTS"
    echo "Only \`$ONLY\`; $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)." >> "$RESULTS"
    cat "$RESULTS"
    failed_rows
    exit 0
fi

# --- search and filter queries that miss the store of rendered pages ---------------------------------
# Requests with credentials are never kept, so each of these runs its query: ten German full-text
# searches and ten filter sets of the API in turn (bench/rotate.lua), against nginx serving saved copies
# of the ten responses in the same order. Bodies without gzip, like the old clients of the API.
for kind in $([ -z "${ONLY:-}" ] && echo search listing); do
    : > "$WORK/$kind-ref-paths.txt"
    n=0
    while read -r path; do
        [ -z "$path" ] && continue
        n=$((n + 1))
        curl -sf -H "Authorization: Bearer $TOKEN" -o "$WORK/static/$kind-$n" "http://127.0.0.1:$APP_PORT$path"
        echo "/$kind-$n" >> "$WORK/$kind-ref-paths.txt"
    done < "bench/$kind-paths.txt"
    label=$([ "$kind" = search ] && echo "search, 10 queries (not kept)" || echo "filtered API, 10 filter sets (not kept)")
    WRK_EXTRA=(-H "Authorization: Bearer $TOKEN" -s bench/rotate.lua)
    PATHS="bench/$kind-paths.txt" wrk -t1 -c8 -d"$WARMUP" "${WRK_EXTRA[@]}" "http://127.0.0.1:$APP_PORT" > /dev/null
    read -r arps a50 a99 aerr acpu pgcpu atimeouts amax < <(PATHS="bench/$kind-paths.txt" measure "http://127.0.0.1:$APP_PORT" "$APP_PID" "$(pg_pids)")
    cp "$WORK/wrk.out" "$WORK/wrk-app-$kind.out"
    WRK_EXTRA=(-s bench/rotate.lua)
    read -r rrps r50 r99 rerr rcpu _ < <(PATHS="$WORK/$kind-ref-paths.txt" measure "http://127.0.0.1:$REF_PORT" "$NGINX_WORKER" "")
    WRK_EXTRA=()
    ratio=$(awk -v a="$arps" -v r="$rrps" 'BEGIN {printf "%.3f", a / r}')
    [ "$aerr" = 0 ] && [ "$rerr" = 0 ] || ratio="$ratio (errors, see $WORK/wrk-app-$kind.out)"
    echo "| $label \`bench/$kind-paths.txt\` | $arps | $rrps | $ratio | $a50 / $a99 | $(verdict "$label" "$atimeouts" "$amax") | $r50 / $r99 | $(cat "$WORK"/static/"$kind"-* | wc -c) (10) | $acpu + $pgcpu | $rcpu | $(( $(kb VmHWM "$APP_PID") / 1024 )) MB |" >> "$RESULTS"
    echo "measured: $label"
done

# --- the registration rush against pgbench ------------------------------------------------------------
WARM=$(new_event "Aufwärmen" 50)
java bench/registration-rush/Rush.java "http://127.0.0.1:$APP_PORT" "$WARM" 300 "$CONNECTIONS" > /dev/null
RUSH_EVENT=$(new_event "Lastprobe Anmeldung" "$RUSH_CAPACITY")
before=$(cpu_ticks "$APP_PID"); dbefore=$(cpu_ticks $(pg_pids))
RUSH=$(java bench/registration-rush/Rush.java "http://127.0.0.1:$APP_PORT" "$RUSH_EVENT" "$RUSH_N" "$CONNECTIONS")
RUSH_SECS=$(echo "$RUSH" | sed -E 's/.*seconds=([0-9.]+).*/\1/')
RUSH_CPU="$(cores $(( $(cpu_ticks "$APP_PID") - before )) "$RUSH_SECS") + $(cores $(( $(cpu_ticks $(pg_pids)) - dbefore )) "$RUSH_SECS")"
CHECK=$($PSQL -c "select string_agg(state || '=' || n, ' ') from (select state, count(*) n from registration
                   where event_id = '$RUSH_EVENT' group by state order by state) s")
SEATS=$($PSQL -c "select coalesce(sum(1 + companions), 0) from registration where event_id = '$RUSH_EVENT'
                   and state in ('PENDING_CONFIRMATION', 'CONFIRMED')")
TALLY=$($PSQL -c "select seats_taken from registration_tally where event_id = '$RUSH_EVENT'")
# The references: pgbench running the SQL statements of one registration (registration-rush/registration.sql,
# on an event of its own), and pgbench inserting and committing single rows, both from as many clients.
REF_EVENT=$(new_event "Referenz pgbench" 100000)
$PSQL -c "insert into registration_tally (event_id, event_starts_at, event_ends_at)
          select id, starts_at, ends_at from event where id = '$REF_EVENT' on conflict (event_id) do nothing"
MAIL_ROW="select %s from outbox_mail where template = 'registration_requested_to_registrant'
          and body_text is not null order by created_at desc limit 1"
MAIL_CONTENT=$(python3 -c 'import json, sys; print(json.dumps({"type": "de.offenekommune.registration.mail.RegistrationRequestedMail",
    "value": {"event": {"title": "Lastprobe Anmeldung", "when": "Samstag, 9. November 2013, 09:30–17:30 Uhr",
    "where": "Online", "url": sys.argv[1] + "/events/lastprobe-anmeldung"}, "name": "Person 1",
    "confirmUrl": sys.argv[1] + "/registrations/confirm/" + "x" * 43, "confirmBy": "Montag, 7. Dezember 2026, 18:00 Uhr"}},
    ensure_ascii=False))' "http://127.0.0.1:$APP_PORT")
PGBENCH_SQL=$(pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -M prepared -c "$CONNECTIONS" -j 2 -T "${DURATION%s}" \
          -D event="$REF_EVENT" -D content="$MAIL_CONTENT" -D subject="$($PSQL -c "$(printf "$MAIL_ROW" subject)")" \
          -D text="$($PSQL -c "$(printf "$MAIL_ROW" body_text)")" -D html="$($PSQL -c "$(printf "$MAIL_ROW" body_html)")" \
          -f bench/registration-rush/registration.sql postgres 2>"$WORK/pgbench.err" | awk '/^tps/ {print $3}' || true)
[ -n "$PGBENCH_SQL" ] || { cat "$WORK/pgbench.err"; PGBENCH_SQL=0; }
$PSQL -c "delete from scheduled_tasks where task_name = 'pgbench-send-mail'"
$PSQL -c "delete from outbox_mail where recipient like 'pgbench-%'"
$PSQL -c "create table if not exists bench_insert (id bigserial primary key, email text not null,
          created_at timestamptz not null default now())"
echo "insert into bench_insert (email) values ('bench@example.org');" > "$WORK/insert.sql"
PGBENCH=$(pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c "$CONNECTIONS" -j 2 -T "${DURATION%s}" \
          -f "$WORK/insert.sql" postgres 2>/dev/null | awk '/^tps/ {print $3}')
RUSH_RATE=$(echo "$RUSH" | sed -E 's/.*rate=([0-9.]+).*/\1/')
RUSH_P=$(echo "$RUSH" | sed -E 's/.*p50=([0-9.]+)ms p99=([0-9.]+)ms.*/\1 \/ \2/')
OVERBOOKED=$(( SEATS > RUSH_CAPACITY ? SEATS - RUSH_CAPACITY : 0 ))
echo "| registration rush ($RUSH_N people, capacity $RUSH_CAPACITY) | $RUSH_RATE | pgbench $(printf '%.0f' "$PGBENCH_SQL") same SQL, $(printf '%.0f' "$PGBENCH") one row | $(awk -v a="$RUSH_RATE" -v r="$PGBENCH_SQL" -v o="$PGBENCH" 'BEGIN {printf "%.2f of same SQL, %.3f of one row", (r > 0 ? a / r : 0), a / o}') | $RUSH_P | $(verdict "registration rush" 0 "$(echo "$RUSH" | sed -E 's/.*max=([0-9.]+)ms.*/\1/')") | – | – | $RUSH_CPU | – | $(( $(kb VmHWM "$APP_PID") / 1024 )) MB |" >> "$RESULTS"

{
    echo
    echo "Rush: $RUSH"
    echo "Rush check: $CHECK; seats held $SEATS, tally $TALLY, capacity $RUSH_CAPACITY, overbooked $OVERBOOKED."
    echo "Cold start to the first 200 of / : $COLD_MS ms ($FRESH, ${COLD_SPREAD}JVM CPU $COLD_CPU s)${COLD_NEW_RESULT:+, $COLD_NEW_RESULT}; RSS after start $START_RSS_MB MB;"
    echo "RSS now $(( $(kb VmRSS "$APP_PID") / 1024 )) MB, peak $(( $(kb VmHWM "$APP_PID") / 1024 )) MB (JVM only; PostgreSQL runs in its own processes)."
    echo "$EVENTS public events, $REGISTRATIONS registrations; wrk -t$THREADS -c$CONNECTIONS -d$DURATION with"
    echo "Accept-Encoding: gzip after a $WARMUP warm-up per target; JVM flags: $JAVA_FLAGS; MALLOC_ARENA_MAX=$MALLOC_ARENAS"
    echo "$(nproc) cores, $("$JAVA" -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)."
} >> "$RESULTS"
cat "$RESULTS"

if [ "${PROFILE:-0}" = 1 ]; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
    bench/profile.sh "$WORK/app.jfr" | tee "$WORK/profile.txt"
fi
failed_rows
