package de.offenekommune.registration.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.offenekommune.registration.internal.AnswerRetention;
import de.offenekommune.registration.internal.QuestionType;

/**
 * A question of an event's registration form.
 *
 * @param choices         the answers offered for choice questions, empty otherwise
 * @param purpose         why the organizer asks, shown on the form
 * @param retentionDays   the days after the event for {@link AnswerRetention#DAYS_AFTER_EVENT}, else {@code null}
 * @param specialCategory whether answers are special-category data (Art. 9 DSGVO, e.g. health)
 * @param archivedAt      when the question left the form; its answers stay readable
 * @param answersDeletedAt when the answers were deleted after their retention; their counts stay
 */
public record RegistrationQuestion(UUID id, UUID event, int position, QuestionType type, String label,
        @Nullable String help, List<String> choices, boolean required, String purpose, AnswerRetention retention,
        @Nullable Integer retentionDays, boolean specialCategory, @Nullable Instant archivedAt,
        @Nullable Instant answersDeletedAt) {

    public RegistrationQuestion {
        choices = List.copyOf(choices);
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    /** The field of this question's answer in violations, as the API names it. */
    public String fieldName() {
        return AnswerRules.FIELD_PREFIX + id;
    }

    /** The name of this question's field in the HTML form. */
    public String formName() {
        return "q-" + id;
    }
}
