package de.offenekommune.event.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
import de.offenekommune.event.internal.CalendarDay;
import de.offenekommune.event.CatalogVersion;
import de.offenekommune.event.EventDateFormatter;
import de.offenekommune.event.EventQueries;
import de.offenekommune.event.EventQuery;
import de.offenekommune.event.EventQuery.Scope;
import de.offenekommune.event.EventSearch;
import de.offenekommune.event.internal.EventSummary;
import de.offenekommune.event.Schedule;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.ResultPage;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.PublicCaching;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Upcoming events and the archive with filters and search, and the month calendar. Every filter
 * state is a plain GET address; input that cannot be understood shows the form again with the
 * problems (400), never a guess.
 */
@Controller
class EventListController {

    static final int PAGE_SIZE = 20;
    static final int CALENDAR_PER_DAY = 3;

    private final EventQueries queries;
    private final EventSearch search;
    private final EventFilterViews filters;
    private final OrganizationDirectory organizations;
    private final EventDateFormatter dates;
    private final PublicCaching caching;
    private final Clock clock;

    private final ObjectProvider<EventImages> images;

    EventListController(EventQueries queries, EventSearch search, EventFilterViews filters,
            OrganizationDirectory organizations, EventDateFormatter dates, PublicCaching caching, Clock clock,
            ObjectProvider<EventImages> images) {
        this.images = images;
        this.queries = queries;
        this.search = search;
        this.filters = filters;
        this.organizations = organizations;
        this.dates = dates;
        this.caching = caching;
        this.clock = clock;
    }

    @GetMapping("/events")
    String upcoming(HttpServletRequest request, ServletWebRequest web, Model model, Locale locale) {
        return list(Scope.UPCOMING, "/events", request, web, model, locale);
    }

    @GetMapping("/events/archive")
    String archive(HttpServletRequest request, ServletWebRequest web, Model model, Locale locale) {
        return list(Scope.PAST, "/events/archive", request, web, model, locale);
    }

    @GetMapping("/events/calendar")
    String calendar(HttpServletRequest request, ServletWebRequest web, Model model, Locale locale) {
        Instant now = minute();
        CatalogVersion version = search.version();
        if (caching.notModified(web, latest(version.changedAt(), now), version.version(), now)) {
            return null;
        }
        Map<String, String[]> values = request.getParameterMap();
        LocalDate today = now.atZone(Schedule.DEFAULT_ZONE).toLocalDate();
        Violations violations = new Violations();
        YearMonth month = month(values, YearMonth.from(today), violations);
        EventQuery query = parse(request, Scope.ALL, violations);
        model.addAttribute("filters", filters.of("/events/calendar", values, query, violations.isEmpty() ? null : violations,
                locale, now));
        model.addAttribute("month", month);
        model.addAttribute("today", today);
        model.addAttribute("dates", dates);
        if (!violations.isEmpty()) {
            web.getResponse().setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("weeks", List.of());
            return "event/calendar";
        }
        model.addAttribute("weeks", weeks(month, search.month(query.withoutDates(), month, CALENDAR_PER_DAY)));
        return "event/calendar";
    }

    private String list(Scope scope, String action, HttpServletRequest request, ServletWebRequest web, Model model,
            Locale locale) {
        Instant now = minute();
        CatalogVersion version = search.version();
        if (caching.notModified(web, latest(version.changedAt(), now), version.version(), now)) {
            return null;
        }
        Map<String, String[]> values = request.getParameterMap();
        Violations violations = new Violations();
        int page = page(values, violations);
        EventQuery query = parse(request, scope, violations);
        model.addAttribute("archive", scope == Scope.PAST);
        model.addAttribute("dates", dates);
        model.addAttribute("now", now);
        if (!violations.isEmpty()) {
            web.getResponse().setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("filters", filters.of(action, values, null, violations, locale, now));
            model.addAttribute("events", null);
            model.addAttribute("organizers", Map.of());
            return "event/list";
        }
        ResultPage<EventSummary> results = search.find(query, now, page, PAGE_SIZE);
        model.addAttribute("filters", filters.of(action, values, query, null, locale, now));
        model.addAttribute("events", results);
        CardImages.add(model, images, results.items());
        model.addAttribute("organizers", organizations.findAll(
                results.items().stream().map(EventSummary::organizer).collect(Collectors.toSet())));
        return "event/list";
    }

    /** The query, or {@code null} with its problems added to {@code violations}. */
    private EventQuery parse(HttpServletRequest request, Scope scope, Violations violations) {
        try {
            EventQuery query = queries.parse(request.getParameterMap(), scope, false);
            return violations.isEmpty() ? query : null;
        } catch (InvalidInputException e) {
            e.violations().list().forEach(v -> violations.add(v.field(), v.code(), v.args()));
            return null;
        }
    }

    private static int page(Map<String, String[]> values, Violations violations) {
        String[] raw = values.get("page");
        if (raw == null || raw.length == 0 || raw[0].isBlank()) {
            return 1;
        }
        int max = EventSearch.MAX_OFFSET / PAGE_SIZE;
        try {
            int page = Integer.parseInt(raw[0].strip());
            if (page >= 1 && page <= max) {
                return page;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add("page", "search.pageInvalid", max);
        return 1;
    }

    private static YearMonth month(Map<String, String[]> values, YearMonth fallback, Violations violations) {
        String[] raw = values.get("month");
        if (raw == null || raw.length == 0 || raw[0].isBlank()) {
            return fallback;
        }
        try {
            YearMonth month = YearMonth.parse(raw[0].strip());
            if (month.getYear() >= 1990 && month.getYear() <= 2200) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        violations.add("month", "search.monthInvalid");
        return fallback;
    }

    /** Monday-first weeks; days of the neighbouring months are {@code null}. */
    private static List<List<CalendarDay>> weeks(YearMonth month, List<CalendarDay> days) {
        List<CalendarDay> cells = new ArrayList<>();
        int leading = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        cells.addAll(Collections.nCopies(leading, null));
        cells.addAll(days);
        while (cells.size() % 7 != 0) {
            cells.add(null);
        }
        List<List<CalendarDay>> weeks = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += 7) {
            weeks.add(Collections.unmodifiableList(new ArrayList<>(cells.subList(i, i + 7))));
        }
        return weeks;
    }

    /** Lists are computed for the current minute, so that one minute's responses are identical. */
    private Instant minute() {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
