package de.offenekommune.registration.internal;

import java.util.List;
import java.util.Map;

/**
 * Answers to the event's questions as typed, before they are checked.
 *
 * @param values                 the values per question id as text; several for several choices
 * @param specialCategoryConsent whether the person agreed explicitly that answers of special category
 *                               (Art. 9 DSGVO) are processed
 */
public record AnswersInput(Map<String, List<String>> values, boolean specialCategoryConsent) {

    public static final AnswersInput NONE = new AnswersInput(Map.of(), false);

    public AnswersInput {
        // JSON may carry nulls anywhere: an answer of null is no answer.
        Map<String, List<String>> clean = new java.util.HashMap<>();
        values.forEach((question, given) -> {
            if (question != null && given != null) {
                clean.put(question, given.stream().filter(java.util.Objects::nonNull).toList());
            }
        });
        values = Map.copyOf(clean);
    }

    public List<String> of(RegistrationQuestion question) {
        return values.getOrDefault(question.id().toString(), List.of());
    }
}
