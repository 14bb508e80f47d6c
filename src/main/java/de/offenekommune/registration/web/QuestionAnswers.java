package de.offenekommune.registration.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

import de.offenekommune.registration.internal.AnswerRules;
import de.offenekommune.registration.internal.AnswersInput;
import de.offenekommune.registration.internal.RegistrationQuestion;

/**
 * The answers to the organizer's questions as the form sent them: fields {@code q-<question id>} and the
 * box {@code specialCategoryConsent}; kept as typed for a form with errors.
 *
 * @param byField the values by form field name
 */
record QuestionAnswers(Map<String, List<String>> byField, AnswersInput input) {

    private static final String PREFIX = "q-";

    static QuestionAnswers from(MultiValueMap<String, String> parameters) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        Map<String, List<String>> byQuestion = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (name.startsWith(PREFIX) && name.length() <= 40) {
                byField.put(name, List.copyOf(values));
                byQuestion.put(name.substring(PREFIX.length()), List.copyOf(values));
            }
        });
        boolean consent = "true".equals(parameters.getFirst(AnswerRules.SPECIAL_CONSENT));
        return new QuestionAnswers(byField, new AnswersInput(byQuestion, consent));
    }

    /** The form field showing a violation: {@code answers.<id>} is the field {@code q-<id>}. */
    static String formField(String field) {
        return field.startsWith(AnswerRules.FIELD_PREFIX) ? PREFIX + field.substring(AnswerRules.FIELD_PREFIX.length())
                : field;
    }

    /** The labels of the form's fields for the error summary: the fixed ones, then the questions. */
    static Function<String, String> labels(Map<String, String> fields, List<RegistrationQuestion> questions,
            MessageSource messages, Locale locale) {
        return field -> {
            if (fields.containsKey(field)) {
                return messages.getMessage(fields.get(field), null, locale);
            }
            return questions.stream().filter(q -> q.formName().equals(field)).map(RegistrationQuestion::label)
                    .findFirst().orElse(null);
        };
    }

    /** The fixed fields up to the needs, the questions, then the needs and the rest, as the form shows them. */
    static Function<String, Integer> order(Map<String, String> fields, List<RegistrationQuestion> questions) {
        List<String> fixed = List.copyOf(fields.keySet());
        int needs = fixed.indexOf("accessibilityNeeds");
        return field -> {
            int index = fixed.indexOf(field);
            if (index >= 0) {
                return index < needs ? index : index + questions.size() + 1;
            }
            for (int i = 0; i < questions.size(); i++) {
                if (questions.get(i).formName().equals(field)) {
                    return needs + i;
                }
            }
            return field.equals(AnswerRules.SPECIAL_CONSENT) ? needs + questions.size() : Integer.MAX_VALUE;
        };
    }
}
