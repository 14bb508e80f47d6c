package de.offenekommune.event.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventStatus;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.Topic;
import de.offenekommune.event.Venue;
import de.offenekommune.platform.SiteProperties;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Events as iCalendar (RFC 5545): one VEVENT per event with a UID that never changes, SEQUENCE
 * from the event, STATUS:CANCELLED for cancelled events, and a VTIMEZONE for every time zone used,
 * so that calendar apps show the right local time on both sides of a daylight-saving change.
 */
@Component
public class IcalWriter {

    /** How often subscribed calendars should look for changes (RFC 7986 REFRESH-INTERVAL). */
    static final Duration REFRESH = Duration.ofHours(1);

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final SiteProperties site;
    private final MessageSource messages;

    IcalWriter(SiteProperties site, MessageSource messages) {
        this.site = site;
        this.messages = messages;
    }

    /**
     * @param name the calendar's name for subscriptions, or {@code null} for a single event's file
     */
    public String write(List<Event> events, Map<OrganizationId, Organization> organizers, @Nullable String name,
            Locale locale) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//" + site.name().replace("//", "/") + "//Veranstaltungen//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        if (name != null) {
            calendar.add(new Name(name));
            calendar.add(new XProperty("X-WR-CALNAME", name));
            calendar.add(new XProperty("X-WR-TIMEZONE", Schedule.DEFAULT_ZONE.getId()));
            calendar.add(new RefreshInterval(new ParameterList(), REFRESH));
            calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        }
        Set<ZoneId> used = new LinkedHashSet<>();
        for (Event event : events) {
            if (!event.details().schedule().allDay()) {
                used.add(event.details().schedule().zone());
            }
        }
        for (ZoneId zone : used) {
            calendar.add(timeZone(zone));
        }
        for (Event event : events) {
            calendar.add(event(event, organizers.get(event.organizer()), locale));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return IcalFolding.fold(out.toString());
    }

    private VTimeZone timeZone(ZoneId zone) {
        var timeZone = zones.getTimeZone(zone.getId());
        if (timeZone == null) {
            throw new IllegalStateException("No VTIMEZONE for " + zone);
        }
        return timeZone.getVTimeZone();
    }

    private VEvent event(Event event, Organization organizer, Locale locale) {
        EventDetails d = event.details();
        Schedule s = d.schedule();
        String summary = switch (event.status()) {
            case CANCELLED -> text("feed.ical.cancelled", locale, d.title());
            case POSTPONED -> text("feed.ical.postponed", locale, d.title());
            default -> d.title();
        };
        VEvent vevent = s.allDay()
                ? new VEvent(s.firstDay(), s.lastDay().plusDays(1), summary)
                : new VEvent(s.localStart(), s.localEnd(), summary);
        vevent.add(new Uid(event.id() + "@" + host()));
        // The constructor stamps the VEVENT with the current time already; RFC 5545 allows one DTSTAMP.
        vevent.replace(new DtStamp(event.updatedAt()));
        vevent.add(new Created(event.createdAt()));
        vevent.add(new LastModified(event.updatedAt()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(event.status() == EventStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                : event.status() == EventStatus.POSTPONED ? ImmutableStatus.VEVENT_TENTATIVE
                : ImmutableStatus.VEVENT_CONFIRMED);
        vevent.add(ImmutableClazz.PUBLIC);
        vevent.add(event.status() == EventStatus.CANCELLED ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE);
        String url = site.absolute("/events/" + event.slug());
        vevent.add(new Url(URI.create(url)));
        vevent.add(new Description(description(event, organizer, url, locale)));
        String location = location(event);
        if (location != null) {
            vevent.add(new Location(location));
        }
        Venue venue = d.venue();
        if (d.attendanceMode().hasVenue() && venue.hasCoordinates()) {
            vevent.add(new Geo(venue.latitude(), venue.longitude()));
        }
        if (!d.topics().isEmpty()) {
            vevent.add(new Categories(new TextList(EnumSet.copyOf(d.topics()).stream()
                    .map(Topic::messageKey).map(key -> text(key, locale)).toList())));
        }
        return vevent;
    }

    private String description(Event event, Organization organizer, String url, Locale locale) {
        EventDetails d = event.details();
        StringBuilder text = new StringBuilder();
        if (event.statusNote() != null) {
            text.append(text(event.status().messageKey(), locale)).append(": ").append(event.statusNote()).append("\n\n");
        }
        text.append(d.summary());
        if (d.description() != null) {
            text.append("\n\n").append(d.description());
        }
        if (d.attendanceMode().isOnline() && d.onlineUrl() != null) {
            text.append("\n\n").append(text("feed.ical.online", locale, d.onlineUrl()));
        }
        if (organizer != null) {
            text.append("\n\n").append(text("event.card.by", locale, organizer.name()));
        }
        text.append("\n\n").append(url);
        return text.toString();
    }

    /** "Gesamtschule Barmen, Unterdörnen 1, 42283 Wuppertal", or "Online". */
    public static @Nullable String location(Event event) {
        EventDetails d = event.details();
        Venue venue = d.venue();
        String place = null;
        if (d.attendanceMode().hasVenue()) {
            String town = Stream.of(venue.postalCode(), venue.localityWithDistrict()).filter(Objects::nonNull)
                    .collect(Collectors.joining(" "));
            place = Stream.of(venue.name(), venue.street(), town.isEmpty() ? null : town).filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
        }
        if (d.attendanceMode().isOnline() && d.onlineUrl() != null) {
            place = place == null || place.isEmpty() ? d.onlineUrl() : place + " / " + d.onlineUrl();
        }
        return place == null || place.isEmpty() ? null : place;
    }

    private String host() {
        String host = site.baseUrl().getHost();
        return host == null ? "offene-kommune" : host;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
