package de.offenekommune.event.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.CatalogVersion;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventQueries;
import de.offenekommune.event.EventQuery;
import de.offenekommune.event.EventSearch;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.event.internal.EventSummary;
import de.offenekommune.event.Events;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.platform.ResultPage;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.platform.Violations;
import de.offenekommune.platform.web.PublicCaching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Events as JSON: public reading of published events; creating and changing events with a personal
 * API token ({@code Authorization: Bearer okt_…}).
 */
@RestController
@RequestMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events")
class EventApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final Events events;
    private final EventManagement management;
    private final OrganizationDirectory organizations;
    private final SiteProperties site;
    private final Clock clock;
    private final EventQueries queries;
    private final EventSearch search;
    private final PublicCaching caching;

    EventApiController(Events events, EventManagement management, OrganizationDirectory organizations,
            SiteProperties site, Clock clock, EventQueries queries, EventSearch search, PublicCaching caching) {
        this.queries = queries;
        this.search = search;
        this.caching = caching;
        this.events = events;
        this.management = management;
        this.organizations = organizations;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Public events with filters and search",
            description = "Published, postponed and cancelled events; by default those that have not ended, soonest first. "
                    + "The parameters are those of the listing pages (/events, /events/archive) and of the feeds "
                    + "(/events.ics, /events.atom). Repeat a parameter or separate values with commas to choose several. "
                    + "Supports If-None-Match and If-Modified-Since; the ETag changes as soon as any event changes.")
    @Parameters({
            @Parameter(name = "q", in = ParameterIn.QUERY, description = "Search words (German stemming; umlauts, ß and accents in any spelling); at most 200 characters. Every word must match."),
            @Parameter(name = "scope", in = ParameterIn.QUERY, description = "upcoming (default): not yet ended, soonest first; past: ended, latest first; all: both, by date.",
                    schema = @Schema(allowableValues = {"upcoming", "past", "all"})),
            @Parameter(name = "when", in = ParameterIn.QUERY, description = "today, week or month (calendar week/month in Europe/Berlin); not together with from/to.",
                    schema = @Schema(allowableValues = {"today", "week", "month"})),
            @Parameter(name = "from", in = ParameterIn.QUERY, description = "First day (yyyy-MM-dd, Europe/Berlin); events overlapping the range are included.", schema = @Schema(format = "date")),
            @Parameter(name = "to", in = ParameterIn.QUERY, description = "Last day (yyyy-MM-dd), inclusive; not before from.", schema = @Schema(format = "date")),
            @Parameter(name = "municipality", in = ParameterIn.QUERY, description = "Amtlicher Gemeindeschlüssel, 8 digits", example = "05124000"),
            @Parameter(name = "district", in = ParameterIn.QUERY, description = "Kreis or kreisfreie Stadt: the first 5 digits of the AGS", example = "05124"),
            @Parameter(name = "state", in = ParameterIn.QUERY, description = "Federal state, e.g. NORDRHEIN_WESTFALEN"),
            @Parameter(name = "organizer", in = ParameterIn.QUERY, description = "Slug of the organizing organization"),
            @Parameter(name = "type", in = ParameterIn.QUERY, description = "Any of: CONFERENCE, WORKSHOP, BARCAMP, CITIZENS_ASSEMBLY, INFORMATION_EVENT, COUNCIL_MEETING, ONLINE_DIALOGUE, OTHER"),
            @Parameter(name = "topic", in = ParameterIn.QUERY, description = "Any of the topics, e.g. OPEN_DATA"),
            @Parameter(name = "audience", in = ParameterIn.QUERY, description = "Any of the audiences, e.g. CITIZENS"),
            @Parameter(name = "accessibility", in = ParameterIn.QUERY, description = "All of the given accessibility offers, e.g. STEP_FREE_ACCESS"),
            @Parameter(name = "attendance", in = ParameterIn.QUERY, description = "Any of IN_PERSON, ONLINE, HYBRID"),
            @Parameter(name = "free", in = ParameterIn.QUERY, description = "true: only events free of charge", schema = @Schema(type = "boolean")),
            @Parameter(name = "registration", in = ParameterIn.QUERY, description = "open: registration is possible now (published, mode not NONE, opened, deadline not passed)",
                    schema = @Schema(allowableValues = {"open"})),
            @Parameter(name = "sort", in = ParameterIn.QUERY, description = "date (default) or relevance (with q): the first 1,001 matches in date order, best match first", schema = @Schema(allowableValues = {"date", "relevance"})),
            @Parameter(name = "page", in = ParameterIn.QUERY, description = "1-based page; page × size may not exceed 10,000 (use the open-data exports for everything)", schema = @Schema(type = "integer", defaultValue = "1")),
            @Parameter(name = "size", in = ParameterIn.QUERY, description = "Events per page, 1 to 100", schema = @Schema(type = "integer", defaultValue = "20"))})
    ResponseEntity<EventPageResource> list(HttpServletRequest request, ServletWebRequest web) {
        Map<String, String[]> parameters = request.getParameterMap();
        Violations violations = new Violations();
        int page = number(parameters, "page", 1, 100_000, violations, "api.pageInvalid");
        int size = number(parameters, "size", 20, MAX_PAGE_SIZE, violations, "api.sizeInvalid", MAX_PAGE_SIZE);
        if (violations.isEmpty() && (long) (page - 1) * size >= EventSearch.MAX_OFFSET) {
            violations.add("page", "search.pageInvalid", EventSearch.MAX_OFFSET / size);
        }
        EventQuery query = null;
        try {
            query = queries.parse(parameters, EventQuery.Scope.UPCOMING, true);
        } catch (InvalidInputException e) {
            e.violations().list().forEach(v -> violations.add(v.field(), v.code(), v.args()));
        }
        if (!violations.isEmpty()) {
            throw InvalidInputException.ofQuery(violations);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        CatalogVersion version = search.version();
        if (caching.dataNotModified(web, version.changedAt().isAfter(now) ? version.changedAt() : now, version.version(), now)) {
            return null;
        }
        ResultPage<EventSummary> result = search.find(query, now, page, size);
        Map<OrganizationId, Organization> organizers = organizations.findAll(
                result.items().stream().map(EventSummary::organizer).collect(Collectors.toSet()));
        List<EventResource.Summary> items = result.items().stream()
                .map(event -> EventResource.Summary.of(event, organizers.get(event.organizer()), site))
                .toList();
        boolean hasNext = result.hasNext() && (long) page * size < EventSearch.MAX_OFFSET;
        String next = hasNext ? pageUrl(query, page + 1, size) : null;
        String previous = page > 1 ? pageUrl(query, page - 1, size) : null;
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        List<String> links = new java.util.ArrayList<>();
        if (next != null) {
            links.add("<" + next + ">; rel=\"next\"");
        }
        if (previous != null) {
            links.add("<" + previous + ">; rel=\"prev\"");
        }
        if (!links.isEmpty()) {
            response.header(HttpHeaders.LINK, String.join(", ", links));
        }
        boolean exact = EventSearch.isExact(result.total());
        int pages = Math.min(result.totalPages(), Math.max(1, EventSearch.MAX_OFFSET / size));
        return response.body(new EventPageResource(items, page, size, result.total(), exact, pages, next, previous));
    }

    private String pageUrl(EventQuery query, int page, int size) {
        String filters = query.queryString();
        String scope = query.scope() == EventQuery.Scope.UPCOMING ? ""
                : "scope=" + query.scope().name().toLowerCase(java.util.Locale.ROOT) + "&";
        return site.absolute("/api/v1/events?" + scope + (filters.isEmpty() ? "" : filters + "&") + "page=" + page
                + "&size=" + size);
    }

    private static int number(Map<String, String[]> parameters, String name, int fallback, int max,
            Violations violations, String code, Object... args) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(values[0].strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(name, code, args);
        return fallback;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event", description = "Public events for everyone; drafts only with a token of one of their organizers.")
    ResponseEntity<EventResource> get(@PathVariable String id, @AuthenticationPrincipal AccountPrincipal user,
            ServletWebRequest web) {
        EventId eventId = parse(id);
        Event event = events.findById(eventId)
                .filter(found -> found.isPublic() || user != null && isManageable(user, eventId))
                .orElseThrow(() -> new EventNotFoundException(eventId));
        if (caching.isShareable(web.getRequest())) {
            caching.markShareable(web.getResponse());
            if (web.checkNotModified("\"" + event.version() + "\"", event.updatedAt().toEpochMilli())) {
                return null;
            }
        }
        return withVersion(ResponseEntity.ok(), event);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a draft", security = @SecurityRequirement(name = "token"))
    ResponseEntity<EventResource> create(@RequestBody EventPayload payload, @AuthenticationPrincipal AccountPrincipal user) {
        Violations violations = new Violations();
        EventDetails details = payload.toDetails(violations);
        OrganizationId organization = organizationOf(payload, user, violations);
        Event event = management.create(user, organization, details, payload.slug(), violations);
        return withVersion(ResponseEntity.created(URI.create(site.absolute("/api/v1/events/" + event.id()))), event);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the facts of an event", security = @SecurityRequirement(name = "token"))
    ResponseEntity<EventResource> replace(@PathVariable String id, @RequestBody EventPayload payload,
            @Parameter(description = "The version you read, as \"3\"; without it the last write wins")
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @AuthenticationPrincipal AccountPrincipal user) {
        EventId eventId = parse(id);
        Event current = management.findManageable(user, eventId);
        int expected = ifMatch == null ? current.version() : version(ifMatch);
        Violations violations = new Violations();
        EventDetails details = payload.toDetails(violations);
        Event event = management.revise(user, eventId, expected, details, payload.slug(), violations);
        return withVersion(ResponseEntity.ok(), event);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft or a postponed event", security = @SecurityRequirement(name = "token"))
    ResponseEntity<EventResource> publish(@PathVariable String id, @AuthenticationPrincipal AccountPrincipal user) {
        return withVersion(ResponseEntity.ok(), management.publish(user, parse(id)));
    }

    @PostMapping(path = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cancel a published event, giving a reason", security = @SecurityRequirement(name = "token"))
    ResponseEntity<EventResource> cancel(@PathVariable String id, @RequestBody StatusNote body,
            @AuthenticationPrincipal AccountPrincipal user) {
        return withVersion(ResponseEntity.ok(), management.cancel(user, parse(id), body.reason()));
    }

    @PostMapping(path = "/{id}/postpone", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mark a published event as postponed", security = @SecurityRequirement(name = "token"))
    ResponseEntity<EventResource> postpone(@PathVariable String id, @RequestBody StatusNote body,
            @AuthenticationPrincipal AccountPrincipal user) {
        return withVersion(ResponseEntity.ok(), management.postpone(user, parse(id), body.note()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an event for good", security = @SecurityRequirement(name = "token"))
    ResponseEntity<Void> delete(@PathVariable String id, @AuthenticationPrincipal AccountPrincipal user) {
        management.delete(user, parse(id));
        return ResponseEntity.noContent().build();
    }

    /** Body of cancel ({@code reason}) and postpone ({@code note}). */
    record StatusNote(String reason, String note) {
    }

    private ResponseEntity<EventResource> withVersion(ResponseEntity.BodyBuilder response, Event event) {
        Organization organization = organizations.find(event.organizer()).orElse(null);
        return response.eTag("\"" + event.version() + "\"").body(EventResource.of(event, organization, site));
    }

    private OrganizationId organizationOf(EventPayload payload, AccountPrincipal user, Violations violations) {
        if (payload.organizationId() != null) {
            try {
                return new OrganizationId(java.util.UUID.fromString(payload.organizationId().strip()));
            } catch (IllegalArgumentException e) {
                violations.add("organizationId", "event.organizationNotAllowed");
                return null;
            }
        }
        List<Organization> managed = organizations.managedBy(user);
        return managed.size() == 1 ? managed.get(0).id() : null;
    }

    private boolean isManageable(AccountPrincipal user, EventId id) {
        try {
            management.findManageable(user, id);
            return true;
        } catch (EventNotFoundException e) {
            return false;
        }
    }

    private static int version(String ifMatch) {
        try {
            return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException();
        }
    }

    private static EventId parse(String id) {
        return EventId.parse(id).orElseThrow(() -> new EventNotFoundException(null));
    }

    /** The If-Match header is not a version this API handed out. */
    static final class PreconditionFailedException extends RuntimeException {
        PreconditionFailedException() {
            super("If-Match does not name a version");
        }
    }
}
