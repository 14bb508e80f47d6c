package de.offenekommune.event.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.ServletWebRequest;

import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.event.EventImages;
import de.offenekommune.event.CatalogVersion;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.EventQueries;
import de.offenekommune.event.EventQuery;
import de.offenekommune.event.EventQuery.Scope;
import de.offenekommune.event.EventSearch;
import de.offenekommune.event.internal.EventSummary;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.ResultPage;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.PublicCaching;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Upcoming events for other websites: {@code /embed/events} is a small page without scripts that a
 * municipal website shows in an iframe (the only page that may be framed), and {@code /embed}
 * explains it and writes the snippet for a chosen filter.
 */
@Controller
class EventEmbedController {

    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 20;

    private final EventQueries queries;
    private final EventSearch search;
    private final EventFilterViews filters;
    private final OrganizationDirectory organizations;
    private final EventDateFormatter dates;
    private final PublicCaching caching;
    private final SiteProperties site;
    private final Clock clock;

    private final ObjectProvider<EventImages> images;

    EventEmbedController(EventQueries queries, EventSearch search, EventFilterViews filters,
            OrganizationDirectory organizations, EventDateFormatter dates, PublicCaching caching, SiteProperties site,
            Clock clock, ObjectProvider<EventImages> images) {
        this.images = images;
        this.queries = queries;
        this.search = search;
        this.filters = filters;
        this.organizations = organizations;
        this.dates = dates;
        this.caching = caching;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/embed/events")
    String events(HttpServletRequest request, ServletWebRequest web, Model model) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        CatalogVersion version = search.version();
        if (caching.notModified(web, EventListController.latest(version.changedAt(), now), version.version(), now)) {
            return null;
        }
        Violations violations = new Violations();
        int limit = limit(request.getParameterMap(), violations);
        EventQuery query = parse(request, violations);
        model.addAttribute("dates", dates);
        model.addAttribute("now", now);
        model.addAttribute("compact", "compact".equals(request.getParameter("style")));
        if (query == null) {
            web.getResponse().setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("events", null);
            model.addAttribute("organizers", Map.of());
            model.addAttribute("more", site.absolute("/events"));
            return "event/embed";
        }
        ResultPage<EventSummary> events = search.find(query, now, 1, limit);
        String filter = query.queryString();
        model.addAttribute("events", events);
        CardImages.add(model, images, events.items());
        model.addAttribute("organizers", organizations.findAll(
                events.items().stream().map(EventSummary::organizer).collect(Collectors.toSet())));
        model.addAttribute("more", site.absolute("/events" + (filter.isEmpty() ? "" : "?" + filter)));
        return "event/embed";
    }

    @GetMapping("/embed")
    String generator(HttpServletRequest request, ServletWebRequest web, Model model, Locale locale) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        CatalogVersion version = search.version();
        if (caching.notModified(web, EventListController.latest(version.changedAt(), now), version.version(), now)) {
            return null;
        }
        Violations violations = new Violations();
        int limit = limit(request.getParameterMap(), violations);
        EventQuery query = parse(request, violations);
        model.addAttribute("filters", filters.of("/embed", request.getParameterMap(), query,
                violations.isEmpty() ? null : violations, locale, now));
        model.addAttribute("limit", limit);
        model.addAttribute("compact", "compact".equals(request.getParameter("style")));
        if (query == null) {
            web.getResponse().setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("source", null);
            return "event/embedGenerator";
        }
        String filter = query.queryString();
        String parameters = (filter.isEmpty() ? "" : filter + "&") + "limit=" + limit
                + ("compact".equals(request.getParameter("style")) ? "&style=compact" : "");
        model.addAttribute("source", "/embed/events?" + parameters);
        model.addAttribute("absoluteSource", site.absolute("/embed/events?" + parameters));
        return "event/embedGenerator";
    }

    private EventQuery parse(HttpServletRequest request, Violations violations) {
        try {
            EventQuery query = queries.parse(request.getParameterMap(), Scope.UPCOMING, false);
            return violations.isEmpty() ? query : null;
        } catch (InvalidInputException e) {
            e.violations().list().forEach(v -> violations.add(v.field(), v.code(), v.args()));
            return null;
        }
    }

    private static int limit(Map<String, String[]> values, Violations violations) {
        String[] raw = values.get("limit");
        if (raw == null || raw.length == 0 || raw[0].isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw[0].strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add("limit", "embed.limitInvalid", MAX_LIMIT);
        return DEFAULT_LIMIT;
    }
}
