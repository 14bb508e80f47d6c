package de.offenekommune;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import de.offenekommune.event.AccessibilityFeature;
import de.offenekommune.event.AttendanceMode;
import de.offenekommune.event.Audience;
import de.offenekommune.event.Contact;
import de.offenekommune.event.Cost;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventLink;
import de.offenekommune.event.EventType;
import de.offenekommune.event.Municipality;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.Topic;
import de.offenekommune.event.Venue;
import de.offenekommune.platform.FederalState;

/**
 * Event facts for tests, starting from the reference invitation of 2013 or from a small upcoming event,
 * changed one fact at a time.
 */
public final class EventDetailsBuilder {

    public static final String REFERENCE_TITLE = "Einladung zur Tagung: Offene Kommunen.NRW – Schritte in die Praxis";
    public static final String REFERENCE_SUMMARY =
            "Eine Tagung für alle, die ihre Kommune offener, transparenter und beteiligungsfreundlicher machen wollen.";
    public static final String REFERENCE_DESCRIPTION = """
            Wie wird eine Kommune offener? Die Tagung bringt Menschen zusammen, die ihre Kommune gemeinsam gestalten wollen.

            # Das Ziel

            - Erfahrungen aus den Kommunen sichtbar machen und voneinander lernen
            - Menschen aus Bürgerschaft, Politik und Verwaltung miteinander vernetzen
            - konkrete Schritte zu mehr Transparenz, Beteiligung und Zusammenarbeit verabreden

            Die Teilnahme ist kostenfrei. Damit wir gut planen können, bitten wir um Anmeldung.""";
    public static final String REFERENCE_AUDIENCE_NOTE =
            "alle, die sich für Beteiligung, Engagement, Kooperation und Transparenz interessieren";
    public static final String FACEBOOK_URL = "https://www.facebook.com/events/oknrw2013";
    public static final String TWITTER_URL = "https://twitter.com/OKNRW";

    private EventType type;
    private String title;
    private String summary;
    private String description;
    private Schedule schedule;
    private AttendanceMode attendanceMode;
    private String onlineUrl;
    private Venue venue;
    private Municipality municipality;
    private String websiteUrl;
    private List<EventLink> links;
    private Cost cost;
    private RegistrationSettings registration;
    private Set<Audience> audiences;
    private String audienceNote;
    private Set<Topic> topics;
    private Set<AccessibilityFeature> accessibility;
    private String easyReadSummary;
    private Contact contact;

    private EventDetailsBuilder() {
    }

    /** The conference of 9 November 2013 in Wuppertal-Barmen, with every fact of its invitation. */
    public static EventDetailsBuilder referenceEvent() {
        EventDetailsBuilder event = new EventDetailsBuilder();
        event.type = EventType.CONFERENCE;
        event.title = REFERENCE_TITLE;
        event.summary = REFERENCE_SUMMARY;
        event.description = REFERENCE_DESCRIPTION;
        event.schedule = Schedule.timed(LocalDateTime.of(2013, 11, 9, 9, 30), LocalDateTime.of(2013, 11, 9, 17, 30),
                Schedule.DEFAULT_ZONE);
        event.attendanceMode = AttendanceMode.IN_PERSON;
        event.venue = referenceVenue();
        event.municipality = new Municipality("Wuppertal", "05124000");
        event.websiteUrl = "https://www.oknrw.de";
        event.links = List.of(new EventLink("Veranstaltung auf Facebook", FACEBOOK_URL),
                new EventLink("@OKNRW auf Twitter", TWITTER_URL));
        event.cost = Cost.FREE;
        event.registration = new RegistrationSettings(RegistrationMode.REQUESTED, null, null, null, null);
        event.audiences = Set.of(Audience.CITIZENS, Audience.POLITICIANS, Audience.ADMINISTRATION, Audience.RESEARCH,
                Audience.BUSINESS);
        event.audienceNote = REFERENCE_AUDIENCE_NOTE;
        event.topics = Set.of(Topic.OPEN_GOVERNMENT, Topic.PARTICIPATION, Topic.TRANSPARENCY, Topic.OPEN_DATA);
        event.accessibility = Set.of(AccessibilityFeature.STEP_FREE_ACCESS);
        event.easyReadSummary = null;
        event.contact = Contact.NONE;
        return event;
    }

    /** Gesamtschule Barmen, Unterdörnen 1, 42283 Wuppertal-Barmen, NRW. */
    public static Venue referenceVenue() {
        return new Venue("Gesamtschule Barmen", "Unterdörnen 1", "42283", "Wuppertal", "Barmen",
                FederalState.NORDRHEIN_WESTFALEN, new BigDecimal("51.266944"), new BigDecimal("7.207500"),
                "Vom Bahnhof Barmen zehn Minuten zu Fuß.", "Eingang über den Schulhof, Aufzug vorhanden.");
    }

    /** A plain in-person workshop at the given local time in Berlin, two hours long. */
    public static EventDetailsBuilder workshop(String title, LocalDateTime start) {
        return referenceEvent()
                .type(EventType.WORKSHOP)
                .title(title)
                .summary("Ein Workshop zum Ausprobieren.")
                .description(null)
                .schedule(Schedule.timed(start, start.plusHours(2), Schedule.DEFAULT_ZONE))
                .links(List.of())
                .websiteUrl(null)
                .audienceNote(null)
                .accessibility(Set.of());
    }

    public EventDetailsBuilder type(EventType value) { type = value; return this; }
    public EventDetailsBuilder title(String value) { title = value; return this; }
    public EventDetailsBuilder summary(String value) { summary = value; return this; }
    public EventDetailsBuilder description(String value) { description = value; return this; }
    public EventDetailsBuilder schedule(Schedule value) { schedule = value; return this; }
    public EventDetailsBuilder attendanceMode(AttendanceMode value) { attendanceMode = value; return this; }
    public EventDetailsBuilder onlineUrl(String value) { onlineUrl = value; return this; }
    public EventDetailsBuilder venue(Venue value) { venue = value; return this; }
    public EventDetailsBuilder municipality(Municipality value) { municipality = value; return this; }
    public EventDetailsBuilder websiteUrl(String value) { websiteUrl = value; return this; }
    public EventDetailsBuilder links(List<EventLink> value) { links = value; return this; }
    public EventDetailsBuilder cost(Cost value) { cost = value; return this; }
    public EventDetailsBuilder registration(RegistrationSettings value) { registration = value; return this; }
    public EventDetailsBuilder audiences(Set<Audience> value) { audiences = value; return this; }
    public EventDetailsBuilder audienceNote(String value) { audienceNote = value; return this; }
    public EventDetailsBuilder topics(Set<Topic> value) { topics = value; return this; }
    public EventDetailsBuilder accessibility(Set<AccessibilityFeature> value) { accessibility = value; return this; }
    public EventDetailsBuilder easyReadSummary(String value) { easyReadSummary = value; return this; }
    public EventDetailsBuilder contact(Contact value) { contact = value; return this; }

    public EventDetails build() {
        return new EventDetails(type, title, summary, description, schedule, attendanceMode, onlineUrl, venue,
                municipality, websiteUrl, links, cost, registration, audiences, audienceNote, topics, accessibility,
                easyReadSummary, contact);
    }
}
