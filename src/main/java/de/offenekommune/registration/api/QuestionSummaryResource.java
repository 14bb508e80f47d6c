package de.offenekommune.registration.api;

import java.time.OffsetDateTime;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** A question as its organizers see it: also archived ones, with how often each answer was given. */
@Schema(name = "RegistrationQuestionSummary")
record QuestionSummaryResource(
        QuestionResource question,
        @Schema(description = "When the question left the form; absent while it is on it") OffsetDateTime archivedAt,
        @Schema(description = "When its answers were deleted after their retention; the counts stay") OffsetDateTime answersDeletedAt,
        @Schema(description = "How often each value was given by people with a seat; \"\" counts the answers to a question without choices") Map<String, Integer> counts) {
}
