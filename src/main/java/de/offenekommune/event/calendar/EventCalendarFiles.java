package de.offenekommune.event.calendar;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.event.Event;

/**
 * One event as an iCalendar file, the same as {@code /events/{slug}.ics}: for other capabilities
 * that hand the file out themselves, such as the registration mails. One UID per event everywhere,
 * so that a calendar that got the event from a mail and from a feed shows it once.
 */
@Component
public class EventCalendarFiles {

    /** The media type of a single event's file. */
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private final IcalWriter writer;
    private final OrganizationDirectory organizations;

    EventCalendarFiles(IcalWriter writer, OrganizationDirectory organizations) {
        this.writer = writer;
        this.organizations = organizations;
    }

    public byte[] of(Event event, Locale locale) {
        return IcalWriter.utf8(writer.write(List.of(event), organizations.findAll(Set.of(event.organizer())), null,
                locale));
    }

    /** The file's name: the event's slug. */
    public static String filename(Event event) {
        return event.slug() + ".ics";
    }
}
