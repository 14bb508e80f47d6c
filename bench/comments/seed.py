"""Creates two published events with the same facts through the API and writes COMMENTS comments on
the first one: seven in ten start a thread, the others answer an earlier thread. Prints the paths of
both event pages, the commented one first."""
import datetime
import json
import random
import sys
import urllib.request

base, token, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
random.seed(4)


def call(method, path, body=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json",
                                              "Accept": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read() or b"null")


organization = call("GET", "/api/v1/events")["items"][0]["organizer"]["id"]
start = (datetime.datetime.now() + datetime.timedelta(days=30)).strftime("%Y-%m-%dT18:00")
end = start[:10] + "T21:00"
pages = []
for _ in range(2):
    event = call("POST", "/api/v1/events", {
        "organizationId": organization, "type": "CITIZENS_ASSEMBLY", "title": "Lastprobe Bürgerversammlung",
        "summary": "Wie geht es weiter mit dem Marktplatz?",
        "description": "Die Stadt stellt die Pläne vor, danach diskutieren wir.\n\n## Ablauf\n\n- Begrüßung\n- Vortrag\n- Aussprache",
        "startsAt": start, "endsAt": end, "attendanceMode": "ONLINE", "onlineUrl": "https://meet.example.org/markt",
        "cost": {"free": True}, "registration": {"mode": "NONE"}})
    call("POST", "/api/v1/events/" + event["id"] + "/publish")
    pages.append((event["id"], "/events/" + event["slug"]))

words = ("Marktplatz Bäume Parkplätze Radweg Spielplatz Brunnen Bänke Beleuchtung Lieferverkehr Wochenmarkt "
         "Barrierefreiheit Bushaltestelle Toiletten Schatten Sitzgelegenheiten Anwohner Lärm Sauberkeit").split()
threads = []
for n in range(count):
    text = "Beitrag %d: %s\n\n%s" % (n, " ".join(random.choice(words) for _ in range(random.randint(15, 60))),
                                     "Mehr dazu unter https://www.example.org/markt/%d" % n if n % 5 == 0 else "Danke!")
    parent = random.choice(threads) if threads and random.random() < 0.3 else None
    comment = call("POST", "/api/v1/events/" + pages[0][0] + "/comments",
                   {"text": text, "parentId": parent})
    if parent is None:
        threads.append(comment["id"])

print(pages[0][1])
print(pages[1][1])
