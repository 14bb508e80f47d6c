package de.offenekommune.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.account.OrganizationKind;
import de.offenekommune.event.AccessibilityFeature;
import de.offenekommune.event.AttendanceMode;
import de.offenekommune.event.Audience;
import de.offenekommune.event.Contact;
import de.offenekommune.event.Cost;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventLink;
import de.offenekommune.event.EventStatus;
import de.offenekommune.event.EventType;
import de.offenekommune.event.Municipality;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.Topic;
import de.offenekommune.event.Venue;
import de.offenekommune.platform.FederalState;

/**
 * The demo organizations and events. Texts are written for the demo; places and municipality keys
 * are real.
 */
final class DemoCatalog {

    static final String CIVIC_GROUP = "initiative-offene-kommunen-nrw";
    private static final String REFERENCE_TITLE = "Einladung zur Tagung: Offene Kommunen.NRW – Schritte in die Praxis";
    private static final String COLOGNE_TITLE = "Bürgerversammlung: Radverkehr in der Kölner Innenstadt";
    private static final FederalState NRW = FederalState.NORDRHEIN_WESTFALEN;

    record DemoEvent(String organization, String slug, EventStatus status, String statusNote, EventDetails details) {
    }

    /** Demo citizens who write comments; they cannot log in. */
    static final List<String> COMMENTERS = List.of("Miriam Beispiel", "Jonas Muster");

    /**
     * A comment under a demo event.
     *
     * @param author one of {@link #COMMENTERS}, or {@code null} for the demo organizer
     * @param replyTo the position of the comment answered in the same discussion, or -1
     */
    record DemoComment(String author, String text, int replyTo, LocalDateTime writtenAt) {
    }

    /** Discussions by the title of their event; those of past events are dated in the days after them. */
    static Map<String, List<DemoComment>> discussions(LocalDate today) {
        return Map.of(
                REFERENCE_TITLE, List.of(
                        new DemoComment("Miriam Beispiel", """
                                Vielen Dank für den anregenden Tag! Wird es eine Dokumentation der Arbeitsgruppen geben? \
                                Ich würde die Ergebnisse gern in unserem Stadtrat vorstellen.""", -1,
                                LocalDateTime.of(2013, 11, 10, 19, 42)),
                        new DemoComment(null, """
                                Ja, die Dokumentation mit den Ergebnissen aller Arbeitsgruppen stellen wir in den nächsten \
                                Wochen auf https://www.oknrw.de bereit.""", 0,
                                LocalDateTime.of(2013, 11, 11, 9, 15)),
                        new DemoComment("Jonas Muster", """
                                Besonders hilfreich fand ich die Beispiele aus kleineren Gemeinden. Vielleicht kann es beim \
                                nächsten Mal einen eigenen Block für Kommunen unter 20.000 Einwohnern geben?""", -1,
                                LocalDateTime.of(2013, 11, 12, 21, 3))),
                COLOGNE_TITLE, List.of(
                        new DemoComment("Jonas Muster", """
                                Werden die Entwürfe vorab online veröffentlicht? Dann könnte man sich auf die Thementische \
                                vorbereiten.""", -1, LocalDateTime.of(today.minusDays(2), LocalTime.of(20, 10)))));
    }

    private DemoCatalog() {
    }

    static List<Organization> organizations() {
        return List.of(
                organization(CIVIC_GROUP, "Initiative Offene Kommunen.NRW", OrganizationKind.CIVIC_GROUP,
                        "Von Bürgern für Bürger", "https://www.oknrw.de", null),
                municipality("stadt-koeln", "Stadt Köln", "05315000"),
                municipality("landeshauptstadt-duesseldorf", "Landeshauptstadt Düsseldorf", "05111000"),
                municipality("stadt-dortmund", "Stadt Dortmund", "05913000"),
                municipality("stadt-muenster", "Stadt Münster", "05515000"),
                municipality("stadt-bielefeld", "Stadt Bielefeld", "05711000"),
                municipality("stadt-aachen", "Stadt Aachen", "05334002"),
                municipality("bundesstadt-bonn", "Bundesstadt Bonn", "05314000"),
                municipality("stadt-essen", "Stadt Essen", "05113000"),
                municipality("stadt-gelsenkirchen", "Stadt Gelsenkirchen", "05513000"),
                municipality("stadt-paderborn", "Stadt Paderborn", "05774032"),
                municipality("universitaetsstadt-siegen", "Universitätsstadt Siegen", "05970040"),
                municipality("stadt-moers", "Stadt Moers", "05170024"),
                organization("netzwerk-buergerbeteiligung-nrw", "Netzwerk Bürgerbeteiligung NRW",
                        OrganizationKind.CIVIC_GROUP, "Beteiligung vernetzen, Erfahrungen teilen", null, null));
    }

    static List<DemoEvent> events(LocalDate today) {
        return List.of(
                reference(),
                new DemoEvent("stadt-koeln", null, EventStatus.PUBLISHED, null, details(EventType.CITIZENS_ASSEMBLY,
                        COLOGNE_TITLE,
                        "Die Stadt stellt Entwürfe für neue Radwege vor und sammelt Hinweise aus der Nachbarschaft.",
                        """
                        Wo fehlen sichere Radwege, wo wird es für Fußgängerinnen und Fußgänger eng? Die Verwaltung stellt \
                        die Entwürfe des Radverkehrskonzepts für die Innenstadt vor.

                        # Ablauf

                        - Begrüßung und Vorstellung der Entwürfe
                        - Gespräche an Thementischen zu einzelnen Straßenzügen
                        - Zusammenfassung und nächste Schritte

                        Alle Hinweise werden dokumentiert und fließen in die weitere Planung ein.""",
                        timed(DemoDates.workingDay(today.plusDays(9)), "18:00", "20:30"), AttendanceMode.IN_PERSON, null,
                        venue("Bürgerzentrum Alte Feuerwache", "Melchiorstraße 3", "50670", "Köln", "Neustadt-Nord"),
                        new Municipality("Köln", "05315000"), RegistrationMode.NONE, null,
                        Set.of(Audience.CITIZENS, Audience.CIVIL_SOCIETY), Set.of(Topic.MOBILITY, Topic.PARTICIPATION),
                        Set.of(AccessibilityFeature.STEP_FREE_ACCESS, AccessibilityFeature.ACCESSIBLE_TOILET))),
                new DemoEvent("landeshauptstadt-duesseldorf", null, EventStatus.PUBLISHED, null, details(
                        EventType.INFORMATION_EVENT, "Offene Daten im Rathaus: Was Düsseldorf veröffentlicht",
                        "Das Open-Data-Team zeigt, welche Daten der Stadt frei nutzbar sind und wie Sie sie finden.",
                        """
                        Haltestellen, Kita-Plätze, Haushaltszahlen: Viele Daten der Stadt sind bereits offen verfügbar. \
                        Wir zeigen Beispiele, beantworten Fragen und nehmen Wünsche für neue Datensätze auf.

                        Die Veranstaltung findet im Rathaus statt und wird zusätzlich online übertragen.""",
                        timed(DemoDates.workingDay(today.plusDays(14)), "17:00", "19:00"), AttendanceMode.HYBRID,
                        "https://meet.example.org/offene-daten-duesseldorf",
                        venue("Rathaus, Plenarsaal", "Marktplatz 2", "40213", "Düsseldorf", "Altstadt"),
                        new Municipality("Düsseldorf", "05111000"), RegistrationMode.REQUESTED, null,
                        Set.of(Audience.CITIZENS, Audience.BUSINESS, Audience.RESEARCH, Audience.MEDIA),
                        Set.of(Topic.OPEN_DATA, Topic.TRANSPARENCY),
                        Set.of(AccessibilityFeature.STEP_FREE_ACCESS, AccessibilityFeature.LIVE_CAPTIONING))),
                new DemoEvent("stadt-dortmund", null, EventStatus.PUBLISHED, null, details(EventType.WORKSHOP,
                        "Workshop: Den Bürgerhaushalt 2027 mitgestalten",
                        "Gemeinsam Regeln und Themen für den nächsten Bürgerhaushalt entwickeln.",
                        """
                        Wie soll der nächste Bürgerhaushalt funktionieren? Wer darf Vorschläge machen, wie wird \
                        abgestimmt und wie erfahren alle, was aus den Vorschlägen geworden ist?

                        Im Workshop arbeiten Bürgerinnen und Bürger mit Mitarbeitenden der Kämmerei an diesen Fragen.""",
                        timed(DemoDates.notSunday(today.plusDays(21)), "10:00", "15:00"), AttendanceMode.IN_PERSON, null,
                        venue("Dietrich-Keuning-Haus", "Leopoldstraße 50-58", "44147", "Dortmund", "Nordstadt"),
                        new Municipality("Dortmund", "05913000"), RegistrationMode.REQUIRED, 40,
                        Set.of(Audience.CITIZENS, Audience.ADMINISTRATION, Audience.YOUTH),
                        Set.of(Topic.PARTICIPATORY_BUDGET, Topic.PARTICIPATION),
                        Set.of(AccessibilityFeature.STEP_FREE_ACCESS, AccessibilityFeature.CHILDCARE))),
                new DemoEvent("stadt-muenster", null, EventStatus.PUBLISHED, null, details(EventType.BARCAMP,
                        "Open Government Barcamp Münsterland",
                        "Ein Tag, offene Tagesordnung: Alle Teilnehmenden können Sessions anbieten.",
                        """
                        Beim Barcamp gibt es kein festes Programm. Zu Beginn schlagen alle, die möchten, Themen vor; \
                        daraus entsteht der Sessionplan des Tages.

                        Mögliche Themen: digitale Beteiligung, offene Ratsinformationen, Ehrenamt und Verwaltung.""",
                        allDay(DemoDates.notSunday(today.plusDays(27))), AttendanceMode.IN_PERSON, null,
                        venue("Stadthaus 1", "Klemensstraße 10", "48143", "Münster", null),
                        new Municipality("Münster", "05515000"), RegistrationMode.REQUESTED, 150,
                        Set.of(Audience.CITIZENS, Audience.ADMINISTRATION, Audience.POLITICIANS, Audience.CIVIL_SOCIETY),
                        Set.of(Topic.OPEN_GOVERNMENT, Topic.DIGITALISATION, Topic.CIVIC_ENGAGEMENT),
                        Set.of(AccessibilityFeature.STEP_FREE_ACCESS, AccessibilityFeature.INDUCTION_LOOP))),
                new DemoEvent("stadt-bielefeld", null, EventStatus.PUBLISHED, null, details(EventType.COUNCIL_MEETING,
                        "Öffentliche Sitzung des Rates der Stadt Bielefeld",
                        "Der Rat berät unter anderem über den Klimaschutzplan. Gäste sind auf der Tribüne willkommen.",
                        """
                        Die Sitzungen des Rates sind öffentlich. Die Tagesordnung und alle Vorlagen finden Sie im \
                        Ratsinformationssystem der Stadt.""",
                        timed(DemoDates.workingDay(today.plusDays(11)), "15:00", "19:00"), AttendanceMode.IN_PERSON, null,
                        venue("Altes Rathaus, Großer Saal", "Niederwall 25", "33602", "Bielefeld", "Mitte"),
                        new Municipality("Bielefeld", "05711000"), RegistrationMode.NONE, null,
                        Set.of(Audience.CITIZENS, Audience.MEDIA), Set.of(Topic.TRANSPARENCY, Topic.CLIMATE),
                        Set.of(AccessibilityFeature.STEP_FREE_ACCESS, AccessibilityFeature.SIGN_LANGUAGE))),
                new DemoEvent("netzwerk-buergerbeteiligung-nrw", null, EventStatus.PUBLISHED, null, details(
                        EventType.ONLINE_DIALOGUE, "Online-Dialog: Beteiligung digital und vor Ort verbinden",
                        "Eine Stunde Austausch darüber, wie Kommunen Online- und Präsenzbeteiligung kombinieren.",
                        """
                        Drei Kommunen berichten kurz aus der Praxis, danach ist Zeit für Fragen und Austausch im Chat \
                        und per Mikrofon.""",
                        timed(DemoDates.workingDay(today.plusDays(6)), "12:00", "13:00"), AttendanceMode.ONLINE,
                        "https://meet.example.org/beteiligung-nrw", Venue.NONE, Municipality.NONE,
                        RegistrationMode.NONE, null,
                        Set.of(Audience.ADMINISTRATION, Audience.POLITICIANS, Audience.CIVIL_SOCIETY),
                        Set.of(Topic.PARTICIPATION, Topic.DIGITALISATION), Set.of(AccessibilityFeature.LIVE_CAPTIONING))),
                new DemoEvent("stadt-aachen", null, EventStatus.PUBLISHED, null, details(EventType.WORKSHOP,
                        "Klimaanpassung im Quartier: Ideenwerkstatt Aachen-Ost",
                        "Mehr Grün, mehr Schatten, weniger Hitze: Ideen für das eigene Viertel entwickeln.",
                        """
                        Hitzesommer und Starkregen treffen die Quartiere unterschiedlich. In der Ideenwerkstatt \
                        sammeln wir, wo es im Viertel besonders heiß wird und was helfen könnte.""",
                        timed(DemoDates.workingDay(today.plusDays(33)), "16:00", "19:00"), AttendanceMode.IN_PERSON, null,
                        venue("Stadtteilbüro Aachen-Ost", "Elsassstraße 32", "52068", "Aachen", "Ost"),
                        new Municipality("Aachen", "05334002"), RegistrationMode.REQUESTED, 30,
                        Set.of(Audience.CITIZENS, Audience.SENIORS), Set.of(Topic.CLIMATE, Topic.URBAN_DEVELOPMENT),
                        Set.of(AccessibilityFeature.STEP_FREE_ACCESS))),
                new DemoEvent("bundesstadt-bonn", null, EventStatus.PUBLISHED, null, new EventDetails(
                        EventType.CONFERENCE, "Fachtagung Kommunale Transparenz",
                        "Zwei Tage mit Vorträgen und Werkstätten zu Informationsfreiheit und offenen Ratsdaten.",
                        """
                        Wie werden Ratsinformationen verständlich und maschinenlesbar? Welche Erfahrungen gibt es mit \
                        Transparenzsatzungen? Die Tagung richtet sich an Verwaltung, Politik und Zivilgesellschaft.""",
                        twoDays(DemoDates.workingDays(today.plusDays(45), 2), "10:00", "16:00"),
                        AttendanceMode.IN_PERSON, null,
                        venue("Altes Rathaus", "Markt 2", "53111", "Bonn", null),
                        new Municipality("Bonn", "05314000"), null, List.of(), new Cost(false, "25 €, ermäßigt 10 €"),
                        new RegistrationSettings(RegistrationMode.REQUIRED, null, 120, null, null),
                        Set.of(Audience.ADMINISTRATION, Audience.POLITICIANS, Audience.RESEARCH), null,
                        Set.of(Topic.TRANSPARENCY, Topic.OPEN_DATA), Set.of(AccessibilityFeature.INDUCTION_LOOP),
                        null, new Contact("Büro für Bürgerbeteiligung", "beteiligung@example.org", "+49 228 000000"))),
                new DemoEvent("stadt-essen", null, EventStatus.PUBLISHED, null, details(EventType.CITIZENS_ASSEMBLY,
                        "Bürgerversammlung zur Neugestaltung des Kennedyplatzes",
                        "Drei Entwürfe liegen vor. Welcher passt zur Essener Innenstadt?",
                        "Die Entwürfe werden vorgestellt und können anschließend an Stellwänden kommentiert werden.",
                        timed(DemoDates.workingDay(today.plusDays(17)), "18:30", "21:00"), AttendanceMode.IN_PERSON, null,
                        venue("Volkshochschule Essen", "Burgplatz 1", "45127", "Essen", "Stadtkern"),
                        new Municipality("Essen", "05113000"), RegistrationMode.NONE, null,
                        Set.of(Audience.CITIZENS, Audience.BUSINESS), Set.of(Topic.URBAN_DEVELOPMENT),
                        Set.of(AccessibilityFeature.STEP_FREE_ACCESS, AccessibilityFeature.ACCESSIBLE_TOILET))),
                new DemoEvent("stadt-gelsenkirchen", null, EventStatus.PUBLISHED, null, details(
                        EventType.INFORMATION_EVENT, "Engagiert in Gelsenkirchen: Infoabend Ehrenamt",
                        "Vereine und Initiativen stellen sich vor und suchen Mitstreiterinnen und Mitstreiter.",
                        "Ein Abend zum Kennenlernen: an Ständen, in kurzen Vorstellungsrunden und bei einem Imbiss.",
                        timed(DemoDates.workingDay(today.plusDays(24)), "17:30", "20:00"), AttendanceMode.IN_PERSON, null,
                        venue("Hans-Sachs-Haus", "Ebertstraße 11", "45879", "Gelsenkirchen", "Altstadt"),
                        new Municipality("Gelsenkirchen", "05513000"), RegistrationMode.NONE, null,
                        Set.of(Audience.CITIZENS, Audience.CIVIL_SOCIETY, Audience.YOUTH),
                        Set.of(Topic.CIVIC_ENGAGEMENT, Topic.SOCIAL_AFFAIRS),
                        Set.of(AccessibilityFeature.STEP_FREE_ACCESS, AccessibilityFeature.EASY_READ))),
                new DemoEvent("stadt-paderborn", null, EventStatus.PUBLISHED, null, details(EventType.OTHER,
                        "Jugendforum Paderborn: Eure Stadt, eure Ideen",
                        "Jugendliche zwischen 14 und 21 Jahren sprechen mit Politik und Verwaltung über ihre Stadt.",
                        "Was fehlt euch in Paderborn? Bringt eure Ideen mit – für Freizeit, Mobilität und Beteiligung.",
                        timed(DemoDates.workingDay(today.plusDays(38)), "16:00", "19:00"), AttendanceMode.IN_PERSON, null,
                        venue("Jugendzentrum Paderborn", "Leostraße 45", "33098", "Paderborn", null),
                        new Municipality("Paderborn", "05774032"), RegistrationMode.NONE, null,
                        Set.of(Audience.YOUTH, Audience.POLITICIANS), Set.of(Topic.PARTICIPATION, Topic.EDUCATION),
                        Set.of(AccessibilityFeature.STEP_FREE_ACCESS))),
                new DemoEvent("universitaetsstadt-siegen", null, EventStatus.CANCELLED,
                        "Wegen einer Baustelle auf der Route muss der Spaziergang leider ausfallen. Ein neuer Termin wird rechtzeitig angekündigt.",
                        details(EventType.OTHER, "Stadtteilspaziergang durch die Siegener Oberstadt",
                                "Mit der Stadtplanung durch die Oberstadt gehen und über Veränderungen sprechen.",
                                "Treffpunkt ist der Vorplatz des Rathauses. Der Spaziergang dauert etwa zwei Stunden.",
                                timed(DemoDates.notSunday(today.plusDays(12)), "15:00", "17:00"), AttendanceMode.IN_PERSON, null,
                                venue("Rathaus Siegen, Vorplatz", "Markt 2", "57072", "Siegen", "Oberstadt"),
                                new Municipality("Siegen", "05970040"), RegistrationMode.NONE, null,
                                Set.of(Audience.CITIZENS), Set.of(Topic.URBAN_DEVELOPMENT), Set.of())),
                new DemoEvent("stadt-moers", null, EventStatus.POSTPONED,
                        "Der Termin muss verschoben werden. Der neue Termin wird hier veröffentlicht.",
                        details(EventType.INFORMATION_EVENT, "Infoabend: Das neue Ratsinformationssystem",
                                "Wie Sie Sitzungen, Vorlagen und Beschlüsse des Rates künftig online finden.",
                                "Wir zeigen das neue System und beantworten Fragen zur Nutzung.",
                                timed(DemoDates.workingDay(today.plusDays(19)), "18:00", "19:30"), AttendanceMode.IN_PERSON, null,
                                venue("Rathaus Moers, Ratssaal", "Rathausplatz 1", "47441", "Moers", null),
                                new Municipality("Moers", "05170024"), RegistrationMode.NONE, null,
                                Set.of(Audience.CITIZENS, Audience.POLITICIANS), Set.of(Topic.TRANSPARENCY),
                                Set.of(AccessibilityFeature.STEP_FREE_ACCESS))),
                new DemoEvent(CIVIC_GROUP, null, EventStatus.PUBLISHED, null, details(EventType.WORKSHOP,
                        "Offene Daten für Einsteigerinnen und Einsteiger",
                        "Ein praktischer Nachmittag: Daten finden, verstehen und erste Auswertungen machen.",
                        """
                        Wir schauen uns gemeinsam offene Daten aus Wuppertal an und zeigen, wie man sie ohne \
                        Programmierkenntnisse auswertet. Bitte bringen Sie, wenn möglich, einen Laptop mit.""",
                        timed(DemoDates.notSunday(today.plusDays(30)), "14:00", "17:00"), AttendanceMode.IN_PERSON, null,
                        venue("Stadtbibliothek Wuppertal", "Kolpingstraße 8", "42103", "Wuppertal", "Elberfeld"),
                        new Municipality("Wuppertal", "05124000"), RegistrationMode.REQUESTED, 20,
                        Set.of(Audience.CITIZENS, Audience.CIVIL_SOCIETY), Set.of(Topic.OPEN_DATA),
                        Set.of(AccessibilityFeature.STEP_FREE_ACCESS))),
                new DemoEvent(CIVIC_GROUP, null, EventStatus.DRAFT, null, details(EventType.BARCAMP,
                        "Barcamp Offene Kommunen 2027 (Entwurf)",
                        "Planung für das nächste Barcamp der Initiative.",
                        "Der Entwurf ist noch nicht öffentlich.",
                        allDay(DemoDates.notSunday(today.plusDays(120))), AttendanceMode.IN_PERSON, null,
                        venue("Gesamtschule Barmen", "Unterdörnen 1", "42283", "Wuppertal", "Barmen"),
                        new Municipality("Wuppertal", "05124000"), RegistrationMode.REQUESTED, null,
                        Set.of(Audience.CITIZENS), Set.of(Topic.OPEN_GOVERNMENT), Set.of())));
    }

    /** The reference invitation: the 2013 conference in Wuppertal, now in the archive. */
    static DemoEvent reference() {
        return new DemoEvent(CIVIC_GROUP, "offene-kommunen-nrw-2013", EventStatus.PUBLISHED, null, new EventDetails(
                EventType.CONFERENCE,
                REFERENCE_TITLE,
                "Eine Tagung für alle, die ihre Kommune offener, transparenter und beteiligungsfreundlicher machen wollen.",
                """
                Wie wird eine Kommune offener? Welche Erfahrungen haben Städte und Gemeinden in Nordrhein-Westfalen \
                schon gesammelt, und was braucht es, damit aus guten Ideen gelebte Praxis wird?

                Die Tagung bringt Menschen zusammen, die ihre Kommune gemeinsam gestalten wollen: aus Bürgerschaft, \
                Politik, Verwaltung, Wissenschaft und Wirtschaft. In Vorträgen, Werkstätten und offenen Runden tauschen \
                wir Erfahrungen aus und verabreden nächste Schritte.

                Wo stehen die Kommunen beim Thema offene Daten? Wie gelingt Beteiligung, die mehr ist als eine \
                Anhörung? Und wie arbeiten Verwaltung und Zivilgesellschaft auf Augenhöhe zusammen?

                # Das Ziel

                - Erfahrungen aus den Kommunen sichtbar machen und voneinander lernen
                - Menschen aus Bürgerschaft, Politik und Verwaltung miteinander vernetzen
                - konkrete Schritte zu mehr Transparenz, Beteiligung und Zusammenarbeit verabreden
                - offene Daten als Grundlage einer offenen Kommune stärken

                Die Teilnahme ist kostenfrei. Damit wir gut planen können, bitten wir um Anmeldung.""",
                Schedule.timed(LocalDateTime.of(2013, 11, 9, 9, 30), LocalDateTime.of(2013, 11, 9, 17, 30),
                        Schedule.DEFAULT_ZONE),
                AttendanceMode.IN_PERSON, null,
                venue("Gesamtschule Barmen", "Unterdörnen 1", "42283", "Wuppertal", "Barmen"),
                new Municipality("Wuppertal", "05124000"),
                "https://www.oknrw.de",
                List.of(new EventLink("Veranstaltung auf Facebook", "https://www.facebook.com/events/oknrw2013"),
                        new EventLink("@OKNRW auf Twitter", "https://twitter.com/OKNRW")),
                Cost.FREE,
                new RegistrationSettings(RegistrationMode.REQUESTED, null, null, null, null),
                Set.of(Audience.CITIZENS, Audience.POLITICIANS, Audience.ADMINISTRATION, Audience.RESEARCH,
                        Audience.BUSINESS),
                "alle, die sich für Beteiligung, Engagement, Kooperation und Transparenz interessieren",
                Set.of(Topic.OPEN_GOVERNMENT, Topic.PARTICIPATION, Topic.TRANSPARENCY, Topic.OPEN_DATA,
                        Topic.CIVIC_ENGAGEMENT, Topic.COOPERATION),
                Set.of(),
                null,
                Contact.NONE));
    }

    private static EventDetails details(EventType type, String title, String summary, String description,
            Schedule schedule, AttendanceMode mode, String onlineUrl, Venue venue, Municipality municipality,
            RegistrationMode registration, Integer capacity, Set<Audience> audiences, Set<Topic> topics,
            Set<AccessibilityFeature> accessibility) {
        return new EventDetails(type, title, summary, description, schedule, mode, onlineUrl, venue, municipality,
                null, List.of(), Cost.FREE, new RegistrationSettings(registration, null, capacity, null, null),
                audiences, null, topics, accessibility, null, Contact.NONE);
    }

    private static Venue venue(String name, String street, String postalCode, String locality, String district) {
        return new Venue(name, street, postalCode, locality, district, NRW, null, null, null, null);
    }

    private static Schedule timed(LocalDate day, String from, String to) {
        return Schedule.timed(LocalDateTime.of(day, LocalTime.parse(from)), LocalDateTime.of(day, LocalTime.parse(to)),
                Schedule.DEFAULT_ZONE);
    }

    private static Schedule twoDays(LocalDate first, String from, String to) {
        return Schedule.timed(LocalDateTime.of(first, LocalTime.parse(from)),
                LocalDateTime.of(first.plusDays(1), LocalTime.parse(to)), Schedule.DEFAULT_ZONE);
    }

    private static Schedule allDay(LocalDate day) {
        return Schedule.allDay(day, day, Schedule.DEFAULT_ZONE);
    }

    private static Organization municipality(String slug, String name, String ags) {
        return organization(slug, name, OrganizationKind.MUNICIPALITY, null, null, ags);
    }

    private static Organization organization(String slug, String name, OrganizationKind kind, String tagline,
            String website, String ags) {
        return new Organization(new OrganizationId(UUID.nameUUIDFromBytes(slug.getBytes())), slug, name, kind, tagline,
                website, ags);
    }
}
