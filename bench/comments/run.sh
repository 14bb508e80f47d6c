#!/usr/bin/env bash
# Comments benchmark: requests per second for an event page with many comments against the same page
# without comments, measured in the same run of a freshly started application (embedded PostgreSQL).
#
#   bench/comments/run.sh [COMMENTS=500] [DURATION=20s] [CONNECTIONS=8] [ROUNDS=5]
#
# Needs: JDK 17+, python3, wrk (Debian: apt-get install -y wrk). Builds the jar if it is missing.
# Prints one line per round (both pages back to back) and the ratio of the two pages' request rates.
set -euo pipefail
COMMENTS=${1:-500}
DURATION=${2:-20s}
CONNECTIONS=${3:-8}
ROUNDS=${4:-5}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$(mktemp -d)
APP_PORT=${APP_PORT:-18090}
TOKEN="okt_bench$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
BASE="http://localhost:$APP_PORT"
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

# One author writes all comments through the API; the per-user rate limit is lifted for that.
OK_DATA_DIR="$WORK" OK_DEMO_ENABLED=true SERVER_PORT=$APP_PORT OK_MANAGEMENT_PORT=0 OK_SECURE_COOKIES=false \
OK_ADMIN_EMAIL=bench@example.org OK_ADMIN_PASSWORD=Bench-Passwort-2026 OK_ADMIN_API_TOKEN="$TOKEN" \
OK_COMMENTS_LIMITS_PER_USER=1000000 \
  java -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  curl -fs "$BASE/readyz" > /dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/readyz" > /dev/null

# Two events with the same facts; only the first gets comments.
python3 "$HERE/seed.py" "$BASE" "$TOKEN" "$COMMENTS" > "$WORK/pages"
WITH=$(sed -n 1p "$WORK/pages")
WITHOUT=$(sed -n 2p "$WORK/pages")
curl -fs "$BASE$WITH" > "$WORK/with.html"
curl -fs "$BASE$WITHOUT" > "$WORK/without.html"
COUNT=$(python3 -c "print(format($COMMENTS, ',').replace(',', '.'))")
grep -q "Kommentare ($COUNT)" "$WORK/with.html" || { echo "the page does not show $COUNT comments" >&2; exit 1; }
grep -q "Kommentare (0)" "$WORK/without.html" || { echo "the page without comments is not empty" >&2; exit 1; }

measure() {
  wrk -t2 -c"$CONNECTIONS" -d"$1" --latency "$BASE$2" > "$WORK/wrk.out"
  local rps p50 p99
  rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.out")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.out")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.out")
  if grep -q "Non-2xx" "$WORK/wrk.out"; then echo "errors: $(grep Non-2xx "$WORK/wrk.out")" >&2; exit 1; fi
  echo "$rps $p50 $p99"
}

# Warm-up (JIT, caches) on both pages, then rounds that measure both pages back to back, so that
# changes in the machine's load hit both alike.
measure 15s "$WITH" > /dev/null
measure 15s "$WITHOUT" > /dev/null
: > "$WORK/rounds"
for round in $(seq 1 "$ROUNDS"); do
  read -r A A50 A99 <<< "$(measure "$DURATION" "$WITH")"
  read -r B B50 B99 <<< "$(measure "$DURATION" "$WITHOUT")"
  echo "$A $B" >> "$WORK/rounds"
  printf 'round %d: with %s comments %8s req/s (p50 %s, p99 %s) | without %8s req/s (p50 %s, p99 %s)\n' \
    "$round" "$COMMENTS" "$A" "$A50" "$A99" "$B" "$B50" "$B99"
done
python3 - "$WORK/rounds" <<'PY'
import statistics, sys
rounds = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
ratios = sorted(a / b for a, b in rounds)
print("ratio with/without: median %.2f (rounds %s), overall %.2f" % (
    statistics.median(ratios), " ".join("%.2f" % r for r in ratios),
    sum(a for a, _ in rounds) / sum(b for _, b in rounds)))
PY
echo "page size: $(wc -c < "$WORK/with.html") bytes with comments, $(wc -c < "$WORK/without.html") bytes without"
echo "comments on the first page: $(grep -c 'class="ok-comment"' "$WORK/with.html")"
