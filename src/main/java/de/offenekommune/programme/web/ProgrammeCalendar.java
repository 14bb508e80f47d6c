package de.offenekommune.programme.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.offenekommune.event.Event;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.Session;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Sessions as iCalendar: one VEVENT per session with a UID of its own, local times with the event's
 * VTIMEZONE, the room and venue as location and a link to the session on the programme page.
 */
@Component
class ProgrammeCalendar {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final SiteProperties site;
    private final MessageSource messages;

    ProgrammeCalendar(SiteProperties site, MessageSource messages) {
        this.site = site;
        this.messages = messages;
    }

    String write(Event event, Programme programme, List<Session> sessions, Locale locale) {
        ZoneId zone = event.details().schedule().zone();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//" + site.name().replace("//", "/") + "//Programm//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(zones.getTimeZone(zone.getId()).getVTimeZone());
        for (Session session : sessions) {
            calendar.add(vevent(event, programme, session, zone, locale));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent vevent(Event event, Programme programme, Session session, ZoneId zone, Locale locale) {
        VEvent vevent = new VEvent(session.start().atZone(zone), session.end().atZone(zone), session.title());
        vevent.add(new Uid(session.id() + "@" + host()));
        vevent.replace(new DtStamp(event.updatedAt()));
        String url = site.absolute("/events/" + event.slug() + "/programme#" + session.anchor());
        vevent.add(new Url(URI.create(url)));
        StringBuilder text = new StringBuilder(messages.getMessage(session.kind().messageKey(), null, locale));
        String speakers = programme.publicSpeakers(session).stream().map(speaker -> speaker.name())
                .collect(Collectors.joining(", "));
        if (!speakers.isEmpty()) {
            text.append("\n").append(messages.getMessage("programme.speakers", null, locale)).append(": ").append(speakers);
        }
        if (session.description() != null) {
            text.append("\n\n").append(session.description());
        }
        text.append("\n\n").append(event.details().title()).append("\n").append(url);
        vevent.add(new Description(text.toString()));
        String venue = event.details().attendanceMode().hasVenue() ? event.details().venue().name() : null;
        String room = programme.room(session).map(found -> found.name()).orElse(null);
        String location = room != null && venue != null ? room + ", " + venue : room != null ? room : venue;
        if (location != null) {
            vevent.add(new Location(location));
        }
        vevent.add(new Categories(messages.getMessage(session.kind().messageKey(), null, locale)));
        return vevent;
    }

    private String host() {
        String host = site.baseUrl().getHost();
        return host == null ? "offene-kommune" : host;
    }
}
