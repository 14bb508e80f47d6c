#!/usr/bin/env bash
# Prepares a faster start of a new version (README, Running on a small server):
#   deploy/fast-start.sh offene-kommune-<version>.jar <folder> [java flags...]
#
# 1. Extracts the jar into <folder> (Spring Boot's jar mode "tools": the application's jar and lib/).
# 2. A training run: starts the application once against a throwaway embedded database in a temporary
#    folder (never the operator's database), answers the pages a first visitor asks for, and is
#    stopped (needs curl). On Java 25 and newer the JVM writes its AOT cache (JEP 483/514,
#    loaded and linked classes and method profiles) to <folder>/app.aot, before that a class data
#    sharing archive (the classes the start loaded, already parsed and verified) to <folder>/app.jsa.
# 3. Writes the flag that uses it to <folder>/java-flags.
#
# Then start with the same java and flags:
#   java <java flags> $(cat <folder>/java-flags) -jar <folder>/offene-kommune-<version>.jar
# The archive belongs to this jar and this Java version: run the script again after every update of
# either (a JVM that finds an archive that does not fit says so in a warning and starts without it).
# JAVA=/path/to/bin/java selects the JDK, as for the start.
set -euo pipefail
JAR=$(realpath "$1")
DIR=$2
shift 2
JAVA=${JAVA:-java}
MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')

# The folder is replaced: only an empty one or one this script made before, never one with other files.
if [ -d "$DIR" ] && [ -n "$(ls -A "$DIR")" ] && [ ! -f "$DIR/java-flags" ] && [ ! -d "$DIR/lib" ]; then
    echo "$DIR holds other files; name a new folder or one this script prepared before"
    exit 1
fi
rm -rf "$DIR"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" > /dev/null
DIR=$(realpath "$DIR")
if [ "$MAJOR" -ge 25 ]; then
    RECORD="-XX:AOTCacheOutput=$DIR/app.aot"
    USE="-XX:AOTCache=$DIR/app.aot"
else
    RECORD="-XX:ArchiveClassesAtExit=$DIR/app.jsa"
    USE="-XX:SharedArchiveFile=$DIR/app.jsa"
fi

TRAINING=$(mktemp -d)
APP=
trap '[ -n "$APP" ] && kill "$APP" 2>/dev/null; rm -rf "$TRAINING"' EXIT
# The same configuration as a start with the embedded database, on free ports, without demo content.
env -u SPRING_DATASOURCE_URL OK_DATA_DIR="$TRAINING" OK_EMBEDDED_POSTGRES_PORT=0 OK_DEMO_ENABLED=false \
    SERVER_PORT=0 OK_MANAGEMENT_PORT=0 \
    "$JAVA" "$@" $RECORD -jar "$DIR/$(basename "$JAR")" > "$TRAINING/training.log" 2>&1 &
APP=$!
failed() { cat "$TRAINING/training.log"; echo "the training run failed: $1"; exit 1; }
# The first Tomcat to start serves the pages (the second one the management port).
PORT=
for _ in $(seq 1 1200); do
    kill -0 "$APP" 2>/dev/null || failed "the application stopped"
    PORT=$(sed -n 's/.*Tomcat started on port \([0-9]*\) (http).*/\1/p' "$TRAINING/training.log" | head -1)
    [ -n "$PORT" ] && break
    sleep 0.25
done
[ -n "$PORT" ] || failed "not started after 300 s"
# The pages a first visitor asks for, as a browser and as a client without Fetch Metadata: what they load
# and compile is in the archive too, so the first answers after a start come sooner.
for path in / /events '/events?q=buergerhaushalt' '/events?topic=CLIMATE&when=month' /api/v1/events /events.ics \
            /events.atom /impressum /login /does-not-exist; do
    for fetch in none ""; do
        curl -s -o /dev/null -H 'Accept-Encoding: gzip' ${fetch:+-H "Sec-Fetch-Site: $fetch"} \
            "http://127.0.0.1:$PORT$path" || failed "no answer for $path"
    done
done
# A stop as the service manager makes it: the JVM writes the archive on its way out.
kill -TERM "$APP"
wait "$APP" || true
APP=
[ -s "${USE#*=}" ] || failed "no archive written"
echo "$USE" > "$DIR/java-flags"
echo "$DIR/java-flags: $USE"
