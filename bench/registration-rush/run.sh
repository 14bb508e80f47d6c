#!/usr/bin/env bash
# Registration rush benchmark: N registrations from C concurrent clients against one event with a
# capacity, through the public JSON endpoint of a freshly started application (embedded PostgreSQL),
# followed by pgbench's single-row insert rate against the same PostgreSQL as the reference.
#
#   bench/registration-rush/run.sh [N=2000] [C=32] [CAPACITY=500]
#
# Needs: JDK 17+, python3, pgbench (Debian: postgresql-client). Builds the jar if it is missing.
# Prints two lines: the rush (rate, p50, p99) and pgbench (tps of one-row inserts, same C).
set -euo pipefail
N=${1:-2000}
C=${2:-32}
CAPACITY=${3:-500}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$(mktemp -d)
APP_PORT=${APP_PORT:-18080}
PG_PORT=${PG_PORT:-15499}
TOKEN="okt_bench$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
APP_PID=

cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

JAR=$(ls "$ROOT"/target/offene-kommune-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
  JAR=$(ls "$ROOT"/target/offene-kommune-*.jar | grep -v plain | head -1)
fi

OK_DATA_DIR="$WORK" OK_EMBEDDED_POSTGRES_PORT=$PG_PORT OK_DEMO_ENABLED=true SERVER_PORT=$APP_PORT OK_MANAGEMENT_PORT=0 \
OK_ADMIN_EMAIL=bench@example.org OK_ADMIN_PASSWORD=Bench-Passwort-2026 OK_ADMIN_API_TOKEN="$TOKEN" \
OK_SECURE_COOKIES=false OK_REGISTRATION_PER_ADDRESS=1000000 \
  java -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$APP_PORT/readyz" > /dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://localhost:$APP_PORT/readyz" > /dev/null

ORG=$(curl -fs "http://localhost:$APP_PORT/api/v1/events" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["organizer"]["id"])')
START=$(python3 -c 'import datetime; print((datetime.datetime.now()+datetime.timedelta(days=30)).strftime("%Y-%m-%dT18:00"))')
END=${START%T*}T21:00
EVENT=$(curl -fs -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
  -d "{\"organizationId\":\"$ORG\",\"type\":\"CONFERENCE\",\"title\":\"Lastprobe Anmeldung\",\"summary\":\"Benchmark\",
       \"startsAt\":\"$START\",\"endsAt\":\"$END\",\"attendanceMode\":\"ONLINE\",\"onlineUrl\":\"https://meet.example.org/x\",
       \"cost\":{\"free\":true},\"registration\":{\"mode\":\"REQUIRED\",\"capacity\":$CAPACITY}}" \
  "http://localhost:$APP_PORT/api/v1/events" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -fs -X POST -H "Authorization: Bearer $TOKEN" "http://localhost:$APP_PORT/api/v1/events/$EVENT/publish" > /dev/null

# Warm-up (JIT), on its own event so that the measured run starts from an empty one.
WARM=$(curl -fs -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
  -d "{\"organizationId\":\"$ORG\",\"type\":\"CONFERENCE\",\"title\":\"Aufwärmen\",\"summary\":\"Benchmark\",
       \"startsAt\":\"$START\",\"endsAt\":\"$END\",\"attendanceMode\":\"ONLINE\",\"onlineUrl\":\"https://meet.example.org/x\",
       \"cost\":{\"free\":true},\"registration\":{\"mode\":\"REQUIRED\",\"capacity\":50}}" \
  "http://localhost:$APP_PORT/api/v1/events" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -fs -X POST -H "Authorization: Bearer $TOKEN" "http://localhost:$APP_PORT/api/v1/events/$WARM/publish" > /dev/null
java "$HERE/Rush.java" "http://localhost:$APP_PORT" "$WARM" 300 "$C" > /dev/null

echo "rush:    $(java "$HERE/Rush.java" "http://localhost:$APP_PORT" "$EVENT" "$N" "$C")"
echo "check:   $(psql -h localhost -p "$PG_PORT" -U postgres -d postgres -At -c "select string_agg(state || '=' || n, ' ') from (select state, count(*) n from registration where event_id = '$EVENT' group by state order by state) s")"

psql -h localhost -p "$PG_PORT" -U postgres -d postgres -q -c "create table if not exists bench_insert (id bigserial primary key, email text not null, created_at timestamptz not null default now())"
echo "insert into bench_insert (email) values ('bench@example.org');" > "$WORK/insert.sql"
echo "pgbench: $(pgbench -h localhost -p "$PG_PORT" -U postgres -n -c "$C" -j 2 -t $(( N / C > 0 ? N / C : 1 )) -f "$WORK/insert.sql" postgres 2>/dev/null | grep -E '^tps|latency average' | tr '\n' ' ')"
