package de.offenekommune.programme.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.event.Events;
import de.offenekommune.media.Portraits;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.Programme;
import de.offenekommune.programme.ProgrammeManagement;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.RoomId;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.SessionId;
import de.offenekommune.programme.SpeakerId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An event's programme as JSON: public reading; rooms, speakers and sessions written with a personal
 * API token of one of the event's organizers. Conflicts are refused with 422 like any invalid input.
 */
@RestController
@RequestMapping(path = "/api/v1/events/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Programme", description = "Timetable of an event: rooms, speakers and sessions")
class ProgrammeApiController {

    private final Events events;
    private final Programmes programmes;
    private final ProgrammeManagement management;
    private final SiteProperties site;
    private final Portraits portraits;

    ProgrammeApiController(Events events, Programmes programmes, ProgrammeManagement management, SiteProperties site,
            Portraits portraits) {
        this.portraits = portraits;
        this.events = events;
        this.programmes = programmes;
        this.management = management;
        this.site = site;
    }

    @GetMapping("/programme")
    @Operation(summary = "The programme of an event", description = """
            Rooms, speakers and sessions in time order. Public events for everyone, drafts only with a token of one \
            of their organizers. Speakers who did not agree to be named are left out, except for organizers.""")
    @ApiResponse(responseCode = "200", description = "The programme; empty lists when there is none")
    @ApiResponse(responseCode = "404", description = "No such event",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ProgrammeResource programme(@PathVariable String id, @AuthenticationPrincipal AccountPrincipal user) {
        EventId eventId = parse(id);
        boolean organizer = user != null && isManageable(user, eventId);
        Event event = events.findById(eventId).filter(found -> found.isPublic() || organizer)
                .orElseThrow(() -> new EventNotFoundException(eventId));
        Programme programme = programmes.of(eventId);
        return ProgrammeResource.of(event, programme, organizer, portraits.findAll(programme.speakers().stream()
                .filter(speaker -> organizer || speaker.consent()).map(speaker -> speaker.id().value()).toList()), site);
    }

    @PostMapping(path = "/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a session", security = @SecurityRequirement(name = "token"), description = """
            Refused with 422 when a field is invalid or the session conflicts: outside the event's time, its room \
            taken by another session at the same time, or one of its speakers in another session then.""")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "422", description = "Invalid input or a conflict, one entry per problem in errors",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ProgrammeResource.SessionResource> add(@PathVariable String id, @RequestBody SessionPayload body,
            @AuthenticationPrincipal AccountPrincipal user) {
        EventId eventId = parse(id);
        Session session = save(user, eventId, null, body);
        return ResponseEntity.created(URI.create(site.absolute("/api/v1/events/" + eventId + "/sessions/" + session.id())))
                .body(resource(user, eventId, session));
    }

    @PutMapping(path = "/sessions/{session}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a session", security = @SecurityRequirement(name = "token"))
    @ApiResponse(responseCode = "422", description = "Invalid input or a conflict",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ProgrammeResource.SessionResource replace(@PathVariable String id, @PathVariable String session,
            @RequestBody SessionPayload body, @AuthenticationPrincipal AccountPrincipal user) {
        EventId eventId = parse(id);
        SessionId sessionId = SessionId.parse(session).orElseThrow(() -> new EventNotFoundException(eventId));
        return resource(user, eventId, save(user, eventId, sessionId, body));
    }

    @DeleteMapping("/sessions/{session}")
    @Operation(summary = "Remove a session", security = @SecurityRequirement(name = "token"))
    ResponseEntity<Void> delete(@PathVariable String id, @PathVariable String session,
            @AuthenticationPrincipal AccountPrincipal user) {
        EventId eventId = parse(id);
        management.deleteSession(user, eventId, SessionId.parse(session).orElseThrow(() -> new EventNotFoundException(eventId)));
        return ResponseEntity.noContent().build();
    }

    /** Body of a room, new or changed. */
    record RoomPayload(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name, Integer capacity,
            Boolean stepFree) {
    }

    @PostMapping(path = "/rooms", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a room of the venue", security = @SecurityRequirement(name = "token"))
    ResponseEntity<ProgrammeResource.RoomResource> addRoom(@PathVariable String id, @RequestBody RoomPayload body,
            @AuthenticationPrincipal AccountPrincipal user) {
        var room = management.saveRoom(user, parse(id), null, body.name(), body.capacity(),
                Boolean.TRUE.equals(body.stepFree()), new Violations());
        return ResponseEntity.status(201).body(ProgrammeResource.RoomResource.of(room));
    }

    @PutMapping(path = "/rooms/{room}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a room", security = @SecurityRequirement(name = "token"))
    @ApiResponse(responseCode = "422", description = "Invalid input, e.g. the name of another room",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ProgrammeResource.RoomResource replaceRoom(@PathVariable String id, @PathVariable String room,
            @RequestBody RoomPayload body, @AuthenticationPrincipal AccountPrincipal user) {
        EventId eventId = parse(id);
        RoomId roomId = RoomId.parse(room).orElseThrow(() -> new EventNotFoundException(eventId));
        return ProgrammeResource.RoomResource.of(management.saveRoom(user, eventId, roomId, body.name(),
                body.capacity(), Boolean.TRUE.equals(body.stepFree()), new Violations()));
    }

    @DeleteMapping("/rooms/{room}")
    @Operation(summary = "Remove a room", security = @SecurityRequirement(name = "token"), description = """
            Refused with 422 while sessions take place in the room; the problem names them.""")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "422", description = "Sessions still use the room",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> deleteRoom(@PathVariable String id, @PathVariable String room,
            @AuthenticationPrincipal AccountPrincipal user) {
        EventId eventId = parse(id);
        management.deleteRoom(user, eventId, RoomId.parse(room).orElseThrow(() -> new EventNotFoundException(eventId)));
        return ResponseEntity.noContent().build();
    }

    /** Body of a speaker, new or changed; {@code consent}: whether the person agreed to be named in public. */
    record SpeakerPayload(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name, String role,
            String organization, String bio, Boolean consent) {
    }

    @PostMapping(path = "/speakers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a speaker", security = @SecurityRequirement(name = "token"))
    ResponseEntity<ProgrammeResource.SpeakerResource> addSpeaker(@PathVariable String id,
            @RequestBody SpeakerPayload body, @AuthenticationPrincipal AccountPrincipal user) {
        var speaker = management.saveSpeaker(user, parse(id), null, body.name(), body.role(), body.organization(),
                body.bio(), Boolean.TRUE.equals(body.consent()), new Violations());
        return ResponseEntity.status(201).body(ProgrammeResource.SpeakerResource.of(speaker));
    }

    @PutMapping(path = "/speakers/{speaker}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a speaker", security = @SecurityRequirement(name = "token"))
    @ApiResponse(responseCode = "422", description = "Invalid input",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ProgrammeResource.SpeakerResource replaceSpeaker(@PathVariable String id, @PathVariable String speaker,
            @RequestBody SpeakerPayload body, @AuthenticationPrincipal AccountPrincipal user) {
        EventId eventId = parse(id);
        SpeakerId speakerId = SpeakerId.parse(speaker).orElseThrow(() -> new EventNotFoundException(eventId));
        var saved = management.saveSpeaker(user, eventId, speakerId, body.name(), body.role(), body.organization(),
                body.bio(), Boolean.TRUE.equals(body.consent()), new Violations());
        return ProgrammeResource.SpeakerResource.of(saved, portraits.find(speakerId.value()).orElse(null), site);
    }

    @DeleteMapping("/speakers/{speaker}")
    @Operation(summary = "Remove a speaker", security = @SecurityRequirement(name = "token"), description = """
            Refused with 422 while the person takes part in sessions; the problem names them.""")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "422", description = "The person still takes part in sessions",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> deleteSpeaker(@PathVariable String id, @PathVariable String speaker,
            @AuthenticationPrincipal AccountPrincipal user) {
        EventId eventId = parse(id);
        management.deleteSpeaker(user, eventId,
                SpeakerId.parse(speaker).orElseThrow(() -> new EventNotFoundException(eventId)));
        return ResponseEntity.noContent().build();
    }

    private Session save(AccountPrincipal user, EventId eventId, SessionId sessionId, SessionPayload body) {
        Event event = management.manageable(user, eventId);
        Violations violations = new Violations();
        return management.saveSession(user, eventId, sessionId,
                body.toDraft(event.details().schedule().zone(), violations), violations);
    }

    private ProgrammeResource.SessionResource resource(AccountPrincipal user, EventId eventId, Session session) {
        Event event = management.manageable(user, eventId);
        Programme programme = programmes.of(eventId);
        return ProgrammeResource.SessionResource.of(event, programme, session, true, site);
    }

    private boolean isManageable(AccountPrincipal user, EventId id) {
        try {
            management.manageable(user, id);
            return true;
        } catch (EventNotFoundException e) {
            return false;
        }
    }

    private static EventId parse(String id) {
        return EventId.parse(id).orElseThrow(() -> new EventNotFoundException(null));
    }
}
