package de.offenekommune.registration.api;

import java.util.List;
import java.util.UUID;

import de.offenekommune.registration.internal.RegistrationQuestion;
import io.swagger.v3.oas.annotations.media.Schema;

/** A question of the registration form; answers go into {@code answers} under its id. */
@Schema(name = "RegistrationQuestion")
record QuestionResource(
        UUID id,
        @Schema(description = "SHORT_TEXT, LONG_TEXT, ONE_CHOICE, SEVERAL_CHOICES, YES_NO (answer yes or no) or NUMBER") String type,
        String label,
        @Schema(description = "Help text under the question; absent without one") String help,
        @Schema(description = "The choices offered, for ONE_CHOICE and SEVERAL_CHOICES") List<String> choices,
        boolean required,
        @Schema(description = "Why the organizer asks; show it with the question") String purpose,
        @Schema(description = "AFTER_EVENT, DAYS_AFTER_EVENT (see retentionDays) or WITH_REGISTRATION: when the answers are deleted") String retention,
        Integer retentionDays,
        @Schema(description = "Special-category data (Art. 9 GDPR): answering needs specialCategoryConsent") boolean specialCategory) {

    static QuestionResource of(RegistrationQuestion question) {
        return new QuestionResource(question.id(), question.type().name(), question.label(), question.help(),
                question.choices(), question.required(), question.purpose(), question.retention().name(),
                question.retentionDays(), question.specialCategory());
    }
}
