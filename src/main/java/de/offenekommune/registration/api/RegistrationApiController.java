package de.offenekommune.registration.api;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.event.Events;
import de.offenekommune.feed.AttendanceFigures;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.platform.web.ApiProblems;
import de.offenekommune.registration.internal.Availability;
import de.offenekommune.registration.RegistrationManagement;
import de.offenekommune.registration.internal.RegistrationOptions;
import de.offenekommune.registration.internal.RegistrationRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Registration for embedding in a municipal CMS: no token, the same rules and limits as the form.
 */
@RestController
@RequestMapping(path = "/api/v1/events/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Registrations", description = "Guest registration with double opt-in, for public events that ask for it")
@SecurityRequirements
class RegistrationApiController {

    private final Events events;
    private final RegistrationManagement management;
    private final ApiProblems problems;
    private final MessageSource messages;
    private final SiteProperties site;
    private final AttendanceFigures attendance;

    RegistrationApiController(Events events, RegistrationManagement management, ApiProblems problems,
            MessageSource messages, SiteProperties site, AttendanceFigures attendance) {
        this.attendance = attendance;
        this.events = events;
        this.management = management;
        this.problems = problems;
        this.messages = messages;
        this.site = site;
    }

    @GetMapping("/attendance")
    @Operation(summary = "How many people registered, waited, came and cancelled",
            description = "Open data, published once the event has ended; counts below 5 read \"< 5\". Nothing personal.")
    @ApiResponse(responseCode = "200", description = "The published counts, or published=false")
    @ApiResponse(responseCode = "404", description = "No such public event",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    AttendanceResource attendance(@PathVariable String id) {
        Event event = publicEvent(id);
        return AttendanceResource.of(attendance.of(List.of(event)).get(event.id()));
    }

    @GetMapping("/registration")
    @Operation(summary = "Whether and how people can register now",
            description = "Status, free places, the form's question and the consent text to show before sending a registration.")
    @ApiResponse(responseCode = "200", description = "The registration status")
    @ApiResponse(responseCode = "404", description = "No such public event",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    AvailabilityResource availability(@PathVariable String id, Locale locale) {
        Event event = publicEvent(id);
        Availability availability = management.availability(event);
        RegistrationOptions options = management.options(event.id());
        var zone = event.details().schedule().zone();
        return new AvailabilityResource(availability.status().name(), availability.capacity(), availability.freePlaces(),
                availability.waitlist(),
                availability.opensAt() == null ? null : availability.opensAt().atZone(zone).toOffsetDateTime(),
                availability.closesAt().atZone(zone).toOffsetDateTime(), options.maxCompanions(), options.question(),
                options.questionRequired(),
                options.consentText() != null ? options.consentText()
                        : messages.getMessage("registration.consent.default", null, RegistrationRules.language(locale)),
                event.details().registration().url(),
                site.absolute("/events/" + event.slug() + "/registration"),
                management.approvalRequired(event.id()),
                management.questions(event.id()).stream().map(QuestionResource::of).toList());
    }

    @PostMapping(path = "/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a person (double opt-in)", description = """
            The person gets an email with a link to confirm; until then the registration holds its place for a \
            limited time. When the event is full, registrations go on the waitlist. The answer is the same whether \
            or not the address was registered before; only its owner learns that, by mail. Send an \
            Idempotency-Key to make retries safe: the same key with the same body is one registration, with \
            another body it is refused (422). Limited per client address and per email address (429 with \
            Retry-After).""")
    @ApiResponse(responseCode = "202", description = "Received; the person must confirm by mail")
    @ApiResponse(responseCode = "404", description = "No such public event",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Registration is not open (problem type state)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Invalid input, one entry per problem in errors",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many registrations; see Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Too busy or the database unreachable, nothing saved; see Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> register(@PathVariable String id, @RequestBody RegistrationPayload body,
            @Parameter(description = "A client-chosen key (8–100 characters): the same key with the same body twice is one registration")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Locale locale, HttpServletRequest request) {
        Event event = publicEvent(id);
        management.register(event, body.toInput(locale, idempotencyKey), request.getRemoteAddr());
        Locale language = RegistrationRules.language(body.language() == null ? locale : Locale.forLanguageTag(body.language()));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new ReceivedResource("received", messages.getMessage("registration.api.received", null, language)));
    }

    private Event publicEvent(String id) {
        EventId eventId = EventId.parse(id).orElseThrow(() -> new EventNotFoundException(null));
        return events.findById(eventId).filter(Event::isPublic).orElseThrow(() -> new EventNotFoundException(eventId));
    }
}
