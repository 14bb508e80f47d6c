#!/usr/bin/env bash
# Gives a new benchmark event the programme of a one-day conference and an image: four rooms, six
# speakers who agreed to be named, 20 sessions (five slots of 30 minutes in every room), through the
# API like an organizer's tool would; the image goes straight into its tables (there is no image API),
# as three real JPEG renditions. Usage: create.sh EVENT_ID START (YYYY-MM-DDTHH:MM); needs api() and PSQL.
set -euo pipefail
EVENT=$1
DAY=${2%T*}
BASE="http://127.0.0.1:$APP_PORT/api/v1/events/$EVENT"
id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
ROOMS=()
for room in "Ratssaal|120|true" "Raum 1.12|30|true" "Raum 1.14|30|false" "Foyer|60|true"; do
    IFS='|' read -r name capacity stepFree <<< "$room"
    ROOMS+=("$(api -d "{\"name\":\"$name\",\"capacity\":$capacity,\"stepFree\":$stepFree}" "$BASE/rooms" | id)")
done
SPEAKERS=()
for speaker in "Sabine Korte|Moderation|Initiative Offene Kommunen" "Martin Feldhaus|Verwaltungswissenschaftler|Hochschule" \
               "Aylin Demir|Open-Data-Beauftragte|Stadt Wuppertal" "Jonas Richter|Ratsmitglied|Stadtrat" \
               "Petra Lange|Bürgermeisterin|Gemeinde Beispielstadt" "Tomasz Nowak|Entwickler|Code for Germany"; do
    IFS='|' read -r name role organization <<< "$speaker"
    SPEAKERS+=("$(api -d "{\"name\":\"$name\",\"role\":\"$role\",\"organization\":\"$organization\",\"consent\":true,
        \"bio\":\"Arbeitet seit Jahren an offenen Daten und Beteiligung in der Kommune.\"}" "$BASE/speakers" | id)")
done
TITLES=("Offene Daten – womit fangen wir an?" "Beteiligung, die wirkt" "Transparenz im Rat" "Haushalt verständlich"
        "Barrierefrei informieren")
n=0
for slot in 0 1 2 3 4; do
    from=$(printf '%02d:%02d' $(( (1080 + slot * 30) / 60 )) $(( (1080 + slot * 30) % 60 )))
    to=$(printf '%02d:%02d' $(( (1110 + slot * 30) / 60 )) $(( (1110 + slot * 30) % 60 )))
    for r in 0 1 2 3; do
        n=$((n + 1))
        api -d "{\"title\":\"${TITLES[$r]} (Teil $n)\",\"kind\":\"WORKSHOP\",\"startsAt\":\"${DAY}T$from\",
            \"endsAt\":\"${DAY}T$to\",\"roomId\":\"${ROOMS[$r]}\",\"speakerIds\":[\"${SPEAKERS[$(( (n + slot) % 6 ))]}\"],
            \"description\":\"Wie Kommunen ihre Daten öffnen, Menschen beteiligen und darüber berichten.\"}" \
            "$BASE/sessions" > /dev/null
    done
done
KEY=$(printf '%s' "$EVENT" | sha256sum | cut -c1-32)
$PSQL -c "insert into event_image (event_id, image_key, alt_text, credit, content_type, width, height, uploaded_at)
          values ('$EVENT', '$KEY', 'Menschen im Ratssaal bei einer Bürgerversammlung', 'Foto: Benchmark',
                  'image/jpeg', 1600, 1066, now())" > /dev/null
for width in 480 960 1600; do
    java bench/programme/SampleImage.java "$width" > "$WORK/sample-$width.jpg"
    $PSQL -v content="$(base64 -w0 "$WORK/sample-$width.jpg")" > /dev/null <<SQL
insert into event_image_rendition (image_key, width, height, content)
values ('$KEY', $width, $((width * 2 / 3)), decode(:'content', 'base64'));
SQL
done
