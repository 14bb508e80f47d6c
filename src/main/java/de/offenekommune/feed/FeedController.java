package de.offenekommune.feed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.CatalogVersion;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventQueries;
import de.offenekommune.event.EventQuery;
import de.offenekommune.event.EventQuery.Scope;
import de.offenekommune.event.EventSearch;
import de.offenekommune.event.Events;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.Topic;
import de.offenekommune.event.calendar.IcalWriter;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.PublicCaching;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Calendar files and feeds: one {@code .ics} per event, and iCalendar and Atom feeds for any filter
 * set, with the parameters of the listing pages. Feeds are polled, so they answer conditional
 * requests with 304 while nothing changed.
 */
@Controller
class FeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    static final MediaType ATOM = new MediaType("application", "atom+xml", java.nio.charset.StandardCharsets.UTF_8);
    /** Calendar feeds without an explicit range also keep what ended in this many days, so entries do not vanish at once. */
    static final int ICAL_RECENT_DAYS = 90;
    static final int ICAL_MAX = 1_000;
    static final int ATOM_MAX = 50;

    private final Events events;
    private final EventSearch search;
    private final EventQueries queries;
    private final OrganizationDirectory organizations;
    private final IcalWriter ical;
    private final AtomWriter atom;
    private final PublicCaching caching;
    private final SiteProperties site;
    private final MessageSource messages;
    private final Clock clock;

    FeedController(Events events, EventSearch search, EventQueries queries, OrganizationDirectory organizations,
            IcalWriter ical, AtomWriter atom, PublicCaching caching, SiteProperties site, MessageSource messages,
            Clock clock) {
        this.events = events;
        this.search = search;
        this.queries = queries;
        this.organizations = organizations;
        this.ical = ical;
        this.atom = atom;
        this.caching = caching;
        this.site = site;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/events/{slug}.ics")
    ResponseEntity<String> event(@PathVariable String slug, ServletWebRequest web, Locale locale) {
        Event event = events.findBySlug(slug).filter(Event::isPublic)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (caching.notModified(web, event.updatedAt(), event.id(), event.version())) {
            return null;
        }
        String body = ical.write(List.of(event), organizers(List.of(event)), null, locale);
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(event.slug() + ".ics").build().toString())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(body);
    }

    @GetMapping("/events.ics")
    ResponseEntity<String> calendar(HttpServletRequest request, ServletWebRequest web, Locale locale) {
        Instant now = minute();
        CatalogVersion version = search.version();
        EventQuery query = parse(request, true);
        if (request.getParameter("scope") == null && query.period() == null && query.from() == null && query.to() == null) {
            LocalDate today = now.atZone(Schedule.DEFAULT_ZONE).toLocalDate();
            query = query.withScope(Scope.ALL).withDates(today.minusDays(ICAL_RECENT_DAYS), null);
        }
        // The recent window moves daily; within a day the feed only changes with the catalog.
        Instant day = now.truncatedTo(ChronoUnit.DAYS);
        if (caching.notModified(web, later(version.changedAt(), day), version.version(), day)) {
            return null;
        }
        List<Event> found = search.findEvents(query, now, ICAL_MAX);
        String body = ical.write(found, organizers(found), name(query, locale), locale);
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("veranstaltungen.ics")
                        .build().toString())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(body);
    }

    @GetMapping("/events.atom")
    ResponseEntity<String> atom(HttpServletRequest request, ServletWebRequest web, Locale locale) {
        Instant now = minute();
        CatalogVersion version = search.version();
        EventQuery query = parse(request, true);
        if (caching.notModified(web, later(version.changedAt(), now), version.version(), now)) {
            return null;
        }
        List<Event> found = search.findEvents(query, now, ATOM_MAX);
        String filters = query.queryString();
        String scope = query.scope() == Scope.UPCOMING ? "" : "scope=" + query.scope().name().toLowerCase(Locale.ROOT);
        String self = site.absolute("/events.atom" + join(scope, filters));
        String html = site.absolute((query.scope() == Scope.PAST ? "/events/archive" : "/events") + join("", filters));
        String body = atom.write(found, organizers(found), name(query, locale), self, html, version.changedAt(), locale);
        return ResponseEntity.ok()
                .contentType(ATOM)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(body);
    }

    private EventQuery parse(HttpServletRequest request, boolean scopeAllowed) {
        try {
            return queries.parse(request.getParameterMap(), Scope.UPCOMING, scopeAllowed);
        } catch (InvalidInputException e) {
            throw new FeedQueryException(e.violations());
        }
    }

    /** "Offene Kommune: Veranstaltungen (Wuppertal, Offene Daten)". */
    private String name(EventQuery query, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (query.text() != null) {
            parts.add("„" + query.text() + "“");
        }
        if (query.organizer() != null) {
            organizations.find(query.organizer().id()).ifPresent(organization -> parts.add(organization.name()));
        }
        if (query.municipality() != null) {
            search.municipalities(minute()).stream().filter(m -> m.ags().equals(query.municipality()))
                    .findFirst().ifPresent(m -> parts.add(m.name()));
        }
        if (query.state() != null) {
            parts.add(messages.getMessage(query.state().messageKey(), null, locale));
        }
        if (!query.topics().isEmpty()) {
            EnumSet.copyOf(query.topics()).stream().map(Topic::messageKey)
                    .forEach(key -> parts.add(messages.getMessage(key, null, locale)));
        }
        return parts.isEmpty() ? messages.getMessage("feed.ical.name", new Object[] {site.name()}, locale)
                : messages.getMessage("feed.ical.nameFiltered", new Object[] {site.name(), String.join(", ", parts)}, locale);
    }

    private Map<OrganizationId, Organization> organizers(List<Event> found) {
        return organizations.findAll(found.stream().map(Event::organizer).collect(Collectors.toSet()));
    }

    private static String join(String first, String second) {
        String joined = first.isEmpty() ? second : second.isEmpty() ? first : first + "&" + second;
        return joined.isEmpty() ? "" : "?" + joined;
    }

    private Instant minute() {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Feed parameters that cannot be understood; answered as problem JSON, since feeds are read by programs. */
    static final class FeedQueryException extends RuntimeException {
        private final transient Violations violations;

        FeedQueryException(Violations violations) {
            super("Invalid feed parameters");
            this.violations = violations;
        }

        Violations violations() {
            return violations;
        }
    }
}
