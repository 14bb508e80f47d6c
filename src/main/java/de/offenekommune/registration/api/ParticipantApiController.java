package de.offenekommune.registration.api;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventNotFoundException;
import de.offenekommune.registration.internal.GivenAnswer;
import de.offenekommune.registration.internal.ParticipantManagement;
import de.offenekommune.registration.internal.QuestionManagement;
import de.offenekommune.registration.Registration;
import de.offenekommune.registration.internal.RegistrationAnswers;
import de.offenekommune.registration.internal.RegistrationQuestion;
import de.offenekommune.registration.RegistrationState;
import de.offenekommune.registration.internal.Registrations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The participants of an event and the answers to its questions, for the API token of one of its organizers. */
@RestController
@RequestMapping(path = "/api/v1/events/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Participants", description = "Registrations of an event with the answers to its questions, for its organizers")
class ParticipantApiController {

    private final ParticipantManagement participants;
    private final QuestionManagement questions;
    private final Registrations registrations;
    private final RegistrationAnswers answers;

    ParticipantApiController(ParticipantManagement participants, QuestionManagement questions,
            Registrations registrations, RegistrationAnswers answers) {
        this.participants = participants;
        this.questions = questions;
        this.registrations = registrations;
        this.answers = answers;
    }

    @GetMapping("/participants")
    @Operation(summary = "The registrations of an event with their answers", security = @SecurityRequirement(name = "token"),
            description = """
                    All registrations in every state. Answers to questions marked specialCategory (Art. 9 GDPR, e.g. \
                    health) carry specialCategory: true; answers are gone once their retention passed.""")
    @ApiResponse(responseCode = "200", description = "The registrations")
    @ApiResponse(responseCode = "404", description = "No such event, or not one of the token owner's",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<ParticipantResource> participants(@PathVariable String id, @AuthenticationPrincipal AccountPrincipal user) {
        Event event = participants.manageable(user, parse(id));
        ZoneId zone = event.details().schedule().zone();
        Map<UUID, RegistrationQuestion> asked = new java.util.LinkedHashMap<>();
        questions.questions(user, event.id()).forEach(question -> asked.put(question.id(), question));
        Map<de.offenekommune.registration.internal.RegistrationId, Map<UUID, GivenAnswer>> given = answers.ofEvent(event.id());
        List<ParticipantResource> list = new ArrayList<>();
        for (RegistrationState state : RegistrationState.values()) {
            for (Registration r : registrations.findByEvent(event.id(), state)) {
                Map<UUID, GivenAnswer> own = given.getOrDefault(r.id(), Map.of());
                List<ParticipantResource.AnswerResource> answered = asked.values().stream()
                        .filter(question -> own.containsKey(question.id()))
                        .map(question -> new ParticipantResource.AnswerResource(question.id(), question.label(),
                                own.get(question.id()).values(), question.specialCategory()))
                        .toList();
                list.add(new ParticipantResource(r.id().value(), r.state().name(), r.name(), r.email(), r.organization(),
                        r.companions(), r.answer(), r.accessibilityNeeds(), r.createdAt().atZone(zone).toOffsetDateTime(),
                        answered));
            }
        }
        return list;
    }

    @GetMapping("/questions")
    @Operation(summary = "The questions of an event's registration form with the counts of their answers",
            security = @SecurityRequirement(name = "token"),
            description = "Also questions no longer on the form. The counts stay after the answers were deleted.")
    @ApiResponse(responseCode = "200", description = "The questions, those on the form first in their order")
    @ApiResponse(responseCode = "404", description = "No such event, or not one of the token owner's",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<QuestionSummaryResource> questions(@PathVariable String id, @AuthenticationPrincipal AccountPrincipal user) {
        EventId event = parse(id);
        Map<UUID, Map<String, Integer>> counts = answers.counts(event);
        return questions.questions(user, event).stream()
                .map(question -> new QuestionSummaryResource(QuestionResource.of(question),
                        question.archivedAt() == null ? null : question.archivedAt().atOffset(ZoneOffset.UTC),
                        question.answersDeletedAt() == null ? null : question.answersDeletedAt().atOffset(ZoneOffset.UTC),
                        counts.getOrDefault(question.id(), Map.of())))
                .toList();
    }

    private static EventId parse(String id) {
        return EventId.parse(id).orElseThrow(() -> new EventNotFoundException(null));
    }
}
