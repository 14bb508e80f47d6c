package de.offenekommune.registration;

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
        values = Map.copyOf(values);
    }

    public List<String> of(RegistrationQuestion question) {
        return values.getOrDefault(question.id().toString(), List.of());
    }
}
