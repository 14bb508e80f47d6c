package de.offenekommune.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.event.EventId;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.ProgrammeManagement;
import de.offenekommune.programme.RoomId;
import de.offenekommune.programme.SessionDraft;
import de.offenekommune.programme.SessionKind;
import de.offenekommune.programme.SpeakerId;

/**
 * The programme of the 2013 reference conference: welcome, keynote, three parallel workshops, two rounds
 * of barcamp sessions and a closing panel. People and titles are made up for the demo.
 */
final class DemoProgramme {

    private static final LocalDate DAY = LocalDate.of(2013, 11, 9);
    /** The places of each of the parallel workshops, chosen when registering. */
    private static final int WORKSHOP_PLACES = 25;

    private final ProgrammeManagement programme;
    private final AccountPrincipal by;
    private final EventId event;
    private final Map<String, RoomId> rooms = new HashMap<>();
    private final Map<String, SpeakerId> speakers = new HashMap<>();

    private DemoProgramme(ProgrammeManagement programme, AccountPrincipal by, EventId event) {
        this.programme = programme;
        this.by = by;
        this.event = event;
    }

    static void addTo(ProgrammeManagement programme, AccountPrincipal by, EventId event) {
        new DemoProgramme(programme, by, event).add();
    }

    private void add() {
        room("Aula", 300, true);
        room("Raum A 1.12", 30, true);
        room("Raum A 1.14", 30, true);
        room("Raum B 2.03", 25, false);
        speaker("korte", "Sabine Korte", "Moderation", "Initiative Offene Kommunen.NRW", true);
        speaker("feldhaus", "Prof. Dr. Martin Feldhaus", "Verwaltungswissenschaftler", "Hochschule für Verwaltung (Beispiel)", true);
        speaker("demir", "Aylin Demir", "Open-Data-Koordinatorin", "Kreisstadt am Beispielbach", true);
        speaker("reuter", "Thomas Reuter", "Bürgerhaushalt-Team", "Stadtverwaltung Musterstadt", true);
        speaker("brandt", "Lea Brandt", "Ratsmitglied", "Gemeinderat Beispielhausen", true);
        speaker("nowak", "Peter Nowak", "Ratsinformationssystem", "Kommunales Rechenzentrum", false);

        session("09:30", "10:00", SessionKind.BREAK, "Ankommen, Kaffee und Namensschilder", null, List.of(), false,
                "Der Empfang im Foyer hilft bei Fragen zu Räumen und Barrierefreiheit.");
        session("10:00", "10:20", SessionKind.OTHER, "Begrüßung und Ablauf des Tages", "Aula", List.of("korte"), true,
                "Worum es heute geht, wie der Tag abläuft und wie das Barcamp am Nachmittag funktioniert.");
        session("10:20", "11:15", SessionKind.TALK, "Keynote: Offene Kommune – vom Leitbild in den Alltag", "Aula",
                List.of("feldhaus"), true,
                "Was eine offene Kommune ausmacht, wo Nordrhein-Westfalen steht und welche ersten Schritte sich "
                        + "in kleinen wie großen Verwaltungen bewährt haben.");
        session("11:15", "11:30", SessionKind.BREAK, "Kurze Pause", null, List.of(), false, null);
        session("11:30", "13:00", SessionKind.WORKSHOP, "Werkstatt 1: Offene Daten – womit fangen wir an?",
                "Raum A 1.12", List.of("demir"), false,
                "Welche Daten liegen ohnehin vor, wer gibt sie frei, und wie wird daraus ein Portal, das genutzt wird?");
        session("11:30", "13:00", SessionKind.WORKSHOP, "Werkstatt 2: Beteiligung, die wirkt", "Raum A 1.14",
                List.of("reuter"), false,
                "Bürgerhaushalt, Ideenplattform, Stadtteilkonferenz: was hat Folgen für Entscheidungen, was bleibt Anhörung?");
        session("11:30", "13:00", SessionKind.WORKSHOP, "Werkstatt 3: Transparenz im Rat", "Raum B 2.03",
                List.of("brandt", "nowak"), false,
                "Sitzungsunterlagen, Beschlüsse und Übertragungen: wie Bürgerinnen und Bürger der Ratsarbeit folgen können.");
        session("13:00", "14:00", SessionKind.BREAK, "Mittagspause", null, List.of(), false,
                "Suppe und Brot in der Mensa; vegetarisch und vegan.");
        session("14:00", "14:20", SessionKind.OTHER, "Barcamp: Themen vorschlagen und Sessions planen", "Aula",
                List.of("korte"), true,
                "Alle können ein Thema vorschlagen. Gemeinsam verteilen wir die Vorschläge auf Räume und Zeiten.");
        for (String[] slot : new String[][] {{"14:30", "15:15", "1"}, {"15:30", "16:15", "2"}}) {
            for (String room : List.of("Raum A 1.12", "Raum A 1.14", "Raum B 2.03")) {
                session(slot[0], slot[1], SessionKind.BARCAMP, "Barcamp-Runde " + slot[2] + ": offene Session", room,
                        List.of(), false, "Das Thema entsteht bei der Sessionplanung um 14 Uhr und hängt an der Programmwand.");
            }
        }
        session("16:30", "17:15", SessionKind.PANEL, "Abschlusspodium: Was nehmen wir mit in unsere Kommunen?", "Aula",
                List.of("korte", "feldhaus", "demir", "reuter"), true,
                "Ergebnisse aus Werkstätten und Barcamp, und was bis zum nächsten Treffen geschehen soll.");
        session("17:15", "17:30", SessionKind.OTHER, "Verabschiedung", "Aula", List.of("korte"), true, null);
    }

    private void room(String name, int capacity, boolean stepFree) {
        rooms.put(name, programme.saveRoom(by, event, null, name, capacity, stepFree, new Violations()).id());
    }

    private void speaker(String key, String name, String role, String organization, boolean consent) {
        speakers.put(key, programme.saveSpeaker(by, event, null, name, role, organization, null, consent,
                new Violations()).id());
    }

    private void session(String from, String to, SessionKind kind, String title, String room, List<String> people,
            boolean accessible, String description) {
        programme.saveSession(by, event, null, new SessionDraft(title, description, kind,
                LocalDateTime.of(DAY, LocalTime.parse(from)), LocalDateTime.of(DAY, LocalTime.parse(to)),
                room == null ? null : rooms.get(room), "de", accessible, accessible,
                people.stream().map(speakers::get).toList(), kind == SessionKind.WORKSHOP ? WORKSHOP_PLACES : null),
                new Violations());
    }
}
