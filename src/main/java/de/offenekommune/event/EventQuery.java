package de.offenekommune.event;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.offenekommune.account.OrganizationId;
import de.offenekommune.platform.FederalState;

/**
 * What someone looks for among the public events: the same filters for the listing pages, the JSON
 * API, the calendar feeds and the Atom feed. {@link #parameters()} turns it back into the URL
 * parameters that {@link EventQueries} reads, so every filter state is a shareable address.
 *
 * @param text         words to search for, at most {@link EventQueries#TEXT_MAX} characters; {@code null} for none
 * @param municipality eight-digit AGS of a Kommune
 * @param district     five-digit key of a Kreis or kreisfreie Stadt (the first five digits of the AGS)
 * @param organizer    the organizing organization, by its slug and id
 * @param from         first day of a custom range (inclusive), in {@link Schedule#DEFAULT_ZONE}
 * @param to           last day of a custom range (inclusive)
 */
public record EventQuery(
        Scope scope,
        String text,
        String municipality,
        String district,
        FederalState state,
        Organizer organizer,
        Set<EventType> types,
        Set<Topic> topics,
        Set<Audience> audiences,
        Set<AccessibilityFeature> accessibility,
        Set<AttendanceMode> attendance,
        boolean freeOnly,
        boolean registrationOpen,
        Period period,
        LocalDate from,
        LocalDate to,
        Sort sort) {

    /** Which part of time: events that have not ended, those that have, or both. */
    public enum Scope {
        UPCOMING, PAST, ALL
    }

    /** Named date ranges, counted in {@link Schedule#DEFAULT_ZONE}. */
    public enum Period {
        TODAY, WEEK, MONTH
    }

    public enum Sort {
        /** Soonest first for upcoming events, latest first in the archive. */
        DATE,
        /** Best match first; the same as {@link #DATE} without search words. */
        RELEVANCE
    }

    public record Organizer(String slug, OrganizationId id) {
    }

    public EventQuery {
        types = immutable(types);
        topics = immutable(topics);
        audiences = immutable(audiences);
        accessibility = immutable(accessibility);
        attendance = immutable(attendance);
        sort = sort == null ? Sort.DATE : sort;
    }

    /** Every public event of the scope, without filters. */
    public static EventQuery all(Scope scope) {
        return new EventQuery(scope, null, null, null, null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                false, false, null, null, null, Sort.DATE);
    }

    public EventQuery withScope(Scope newScope) {
        return new EventQuery(newScope, text, municipality, district, state, organizer, types, topics, audiences,
                accessibility, attendance, freeOnly, registrationOpen, period, from, to, sort);
    }

    public EventQuery withMunicipality(String ags) {
        return new EventQuery(scope, text, ags, district, state, organizer, types, topics, audiences,
                accessibility, attendance, freeOnly, registrationOpen, period, from, to, sort);
    }

    public EventQuery withOrganizer(Organizer newOrganizer) {
        return new EventQuery(scope, text, municipality, district, state, newOrganizer, types, topics, audiences,
                accessibility, attendance, freeOnly, registrationOpen, period, from, to, sort);
    }

    public EventQuery withText(String newText) {
        return new EventQuery(scope, newText, municipality, district, state, organizer, types, topics, audiences,
                accessibility, attendance, freeOnly, registrationOpen, period, from, to, sort);
    }

    /** The same filters without any date range, e.g. for a calendar month. */
    public EventQuery withoutDates() {
        return new EventQuery(scope, text, municipality, district, state, organizer, types, topics, audiences,
                accessibility, attendance, freeOnly, registrationOpen, null, null, null, sort);
    }

    /** The same filters for a custom range of days. */
    public EventQuery withDates(LocalDate first, LocalDate last) {
        return new EventQuery(scope, text, municipality, district, state, organizer, types, topics, audiences,
                accessibility, attendance, freeOnly, registrationOpen, null, first, last, sort);
    }

    public boolean hasText() {
        return text != null;
    }

    /** Whether results are ordered by how well they match the search words. */
    public boolean byRelevance() {
        return sort == Sort.RELEVANCE && hasText();
    }

    /** Whether any filter narrows the scope (the sort order does not count). */
    public boolean isFiltered() {
        return hasText() || municipality != null || district != null || state != null || organizer != null
                || !types.isEmpty() || !topics.isEmpty() || !audiences.isEmpty() || !accessibility.isEmpty()
                || !attendance.isEmpty() || freeOnly || registrationOpen || period != null || from != null
                || to != null;
    }

    /**
     * The date range as instants: start inclusive, end exclusive; either end may be open.
     *
     * @param today the current day in {@link Schedule#DEFAULT_ZONE}
     */
    public Optional<Range> range(LocalDate today) {
        ZoneId zone = Schedule.DEFAULT_ZONE;
        if (period != null) {
            LocalDate first = switch (period) {
                case TODAY -> today;
                case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> today.withDayOfMonth(1);
            };
            LocalDate after = switch (period) {
                case TODAY -> first.plusDays(1);
                case WEEK -> first.plusWeeks(1);
                case MONTH -> first.plusMonths(1);
            };
            return Optional.of(new Range(first.atStartOfDay(zone).toInstant(), after.atStartOfDay(zone).toInstant()));
        }
        if (from == null && to == null) {
            return Optional.empty();
        }
        return Optional.of(new Range(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** @param start inclusive, or {@code null}; @param end exclusive, or {@code null} */
    public record Range(Instant start, Instant end) {
    }

    /**
     * The URL parameters of this query in a fixed order, without scope and page: the listing's
     * path already says the scope.
     */
    public List<Map.Entry<String, String>> parameters() {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        add(list, "q", text);
        add(list, "when", period == null ? null : period.name().toLowerCase(Locale.ROOT));
        add(list, "from", from == null ? null : from.toString());
        add(list, "to", to == null ? null : to.toString());
        add(list, "municipality", municipality);
        add(list, "district", district);
        add(list, "state", state == null ? null : state.name());
        add(list, "organizer", organizer == null ? null : organizer.slug());
        types.forEach(value -> add(list, "type", value.name()));
        topics.forEach(value -> add(list, "topic", value.name()));
        audiences.forEach(value -> add(list, "audience", value.name()));
        accessibility.forEach(value -> add(list, "accessibility", value.name()));
        attendance.forEach(value -> add(list, "attendance", value.name()));
        add(list, "free", freeOnly ? "true" : null);
        add(list, "registration", registrationOpen ? "open" : null);
        add(list, "sort", sort == Sort.RELEVANCE ? "relevance" : null);
        return list;
    }

    /** {@link #parameters()} as {@code a=1&b=2}, URL-encoded; empty without filters. */
    public String queryString() {
        return encode(parameters());
    }

    /** The query string without one parameter value, e.g. to remove one chosen filter. */
    public String queryStringWithout(String name, String value) {
        return encode(parameters().stream()
                .filter(entry -> !(entry.getKey().equals(name) && (value == null || entry.getValue().equals(value))))
                .toList());
    }

    public static String encode(List<Map.Entry<String, String>> parameters) {
        return parameters.stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void add(List<Map.Entry<String, String>> list, String name, String value) {
        if (value != null) {
            list.add(new SimpleImmutableEntry<>(name, value));
        }
    }

    private static <E extends Enum<E>> Set<E> immutable(Set<E> values) {
        return values == null || values.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
