package de.offenekommune.browser;

import java.time.LocalDateTime;
import java.util.Set;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.event.Audience;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventLink;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.Venue;
import de.offenekommune.platform.FederalState;

/**
 * The invitation every browser test uses: the reference conference of 2013 ({@link EventDetailsBuilder#referenceEvent()})
 * with the description, venue and accessibility facts the browser tests were written against.
 */
final class ReferenceEvent {

    static final String TITLE = EventDetailsBuilder.REFERENCE_TITLE;
    static final String SUMMARY = EventDetailsBuilder.REFERENCE_SUMMARY;
    static final String DESCRIPTION = """
            Wie wird eine Kommune offener? Welche Erfahrungen haben Städte und Gemeinden in Nordrhein-Westfalen schon gesammelt?

            Die Tagung bringt Menschen aus Bürgerschaft, Politik, Verwaltung, Wissenschaft und Wirtschaft zusammen.

            # Das Ziel

            - Erfahrungen aus den Kommunen sichtbar machen
            - Menschen miteinander vernetzen
            - konkrete Schritte verabreden

            Die Teilnahme ist kostenfrei.""";
    static final String VENUE = "Gesamtschule Barmen";
    static final String STREET = "Unterdörnen 1";
    static final String POSTAL_CODE = "42283";
    static final String LOCALITY = "Wuppertal";
    static final String DISTRICT = "Barmen";
    static final String AGS = "05124000";
    static final String WEBSITE = "https://www.oknrw.de";
    static final EventLink FACEBOOK = new EventLink("Veranstaltung auf Facebook", EventDetailsBuilder.FACEBOOK_URL);
    static final EventLink TWITTER = new EventLink("@OKNRW auf Twitter", EventDetailsBuilder.TWITTER_URL);
    static final Set<Audience> AUDIENCES = Set.of(Audience.CITIZENS, Audience.POLITICIANS, Audience.ADMINISTRATION,
            Audience.RESEARCH, Audience.BUSINESS);
    static final String AUDIENCE_NOTE = EventDetailsBuilder.REFERENCE_AUDIENCE_NOTE;

    /** As the German event page writes the date and times. */
    static final String WHEN_DE = "Samstag, 9. November 2013, 09:30–17:30 Uhr";

    private ReferenceEvent() {
    }

    static EventDetails details() {
        return details(TITLE);
    }

    /** The same invitation under another title, for tests that need an event of their own. */
    static EventDetails details(String title) {
        return EventDetailsBuilder.referenceEvent()
                .title(title)
                .description(DESCRIPTION)
                .venue(new Venue(VENUE, STREET, POSTAL_CODE, LOCALITY, DISTRICT, FederalState.NORDRHEIN_WESTFALEN,
                        null, null, null, null))
                .accessibility(Set.of())
                .build();
    }

    /** The same invitation on a day in the future, so that it appears on the start page. */
    static EventDetails upcoming(String title, LocalDateTime start) {
        EventDetails d = details(title);
        return new EventDetails(d.type(), d.title(), d.summary(), d.description(),
                Schedule.timed(start, start.plusHours(8), Schedule.DEFAULT_ZONE), d.attendanceMode(), d.onlineUrl(),
                d.venue(), d.municipality(), d.websiteUrl(), d.links(), d.cost(), d.registration(), d.audiences(),
                d.audienceNote(), d.topics(), d.accessibility(), d.easyReadSummary(), d.contact());
    }
}
