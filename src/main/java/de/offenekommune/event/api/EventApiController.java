package de.offenekommune.event.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.event.EventSummary;
import de.offenekommune.event.Events;
import de.offenekommune.platform.ResultPage;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.platform.Violations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

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

    EventApiController(Events events, EventManagement management, OrganizationDirectory organizations,
            SiteProperties site, Clock clock) {
        this.events = events;
        this.management = management;
        this.organizations = organizations;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Upcoming public events, soonest first", description = "Published, postponed and cancelled events that have not ended.")
    EventPageResource list(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        Violations violations = new Violations();
        if (page < 1 || page > 100_000) {
            violations.add("page", "api.pageInvalid");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add("size", "api.sizeInvalid", MAX_PAGE_SIZE);
        }
        if (!violations.isEmpty()) {
            throw new InvalidQueryException(violations);
        }
        ResultPage<EventSummary> result = events.findUpcoming(clock.instant(), page, size);
        Map<OrganizationId, Organization> organizers = organizations.findAll(
                result.items().stream().map(EventSummary::organizer).collect(Collectors.toSet()));
        List<EventResource.Summary> items = result.items().stream()
                .map(event -> EventResource.Summary.of(event, organizers.get(event.organizer()), site))
                .toList();
        String next = result.hasNext() ? site.absolute("/api/v1/events?page=" + (page + 1) + "&size=" + size) : null;
        return new EventPageResource(items, page, size, result.total(), result.totalPages(), next);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event", description = "Public events for everyone; drafts only with a token of one of their organizers.")
    ResponseEntity<EventResource> get(@PathVariable String id, @AuthenticationPrincipal AccountPrincipal user) {
        EventId eventId = parse(id);
        Event event = events.findById(eventId)
                .filter(found -> found.isPublic() || user != null && isManageable(user, eventId))
                .orElseThrow(() -> new EventNotFoundException(eventId));
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

    /** Bad query parameters, reported like invalid fields. */
    static final class InvalidQueryException extends RuntimeException {
        private final transient Violations violations;

        InvalidQueryException(Violations violations) {
            super("Invalid query parameters");
            this.violations = violations;
        }

        Violations violations() {
            return violations;
        }
    }
}
