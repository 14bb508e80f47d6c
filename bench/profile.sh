#!/usr/bin/env bash
# Summarises a JFR recording's CPU samples: the hottest top frames (self time) and the application
# methods on the stack (total time), with their share of all samples.
#   bench/profile.sh recording.jfr [rows=25]
set -euo pipefail
JFR_FILE=$1
ROWS=${2:-25}
COUNTS=$(mktemp)
trap 'rm -f "$COUNTS"' EXIT
jfr print --events jdk.ExecutionSample --stack-depth 64 "$JFR_FILE" | awk '
    /stackTrace = \[/ { inStack = 1; depth = 0; split("", seen); samples++; next }
    inStack && /^[[:space:]]*\]/ { inStack = 0; next }
    inStack {
        frame = $0; sub(/^[[:space:]]+/, "", frame); sub(/[[:space:]]+line:.*/, "", frame)
        if (frame == "...") next
        if (depth++ == 0) self[frame]++
        if (frame ~ /^de\.offenekommune\./ && !(frame in seen)) { seen[frame] = 1; total[frame]++ }
    }
    END {
        print "samples\t" samples
        for (f in self) print "self\t" self[f] "\t" f
        for (f in total) print "total\t" total[f] "\t" f
    }' > "$COUNTS"
SAMPLES=$(awk -F'\t' '$1 == "samples" {print $2}' "$COUNTS")
echo "$SAMPLES CPU samples"
for kind in self total; do
    echo
    [ "$kind" = self ] && echo "top frames (self)" || echo "application methods on the stack (total)"
    awk -F'\t' -v k="$kind" -v n="$SAMPLES" '$1 == k {printf "%6.1f%%  %s\n", 100 * $2 / n, $3}' "$COUNTS" \
        | sort -rn | sed -n "1,${ROWS}p"
done
