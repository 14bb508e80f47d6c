package de.offenekommune.registration.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;
import de.offenekommune.registration.internal.QuestionType;

/**
 * The rules answers to an event's questions meet, from the form or the API. Violations name the field
 * {@code answers.<question id>}; a missing consent for special-category answers names
 * {@code specialCategoryConsent}.
 */
public final class AnswerRules {

    public static final String FIELD_PREFIX = "answers.";
    public static final String SPECIAL_CONSENT = "specialCategoryConsent";
    static final int SHORT_MAX = 200;
    static final int LONG_MAX = 2_000;
    static final String YES = "yes";
    static final String NO = "no";
    /** Whole or decimal numbers, with a comma or a point, as people type them. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,12}(?:[.,]\\d{1,6})?");

    private AnswerRules() {
    }

    /**
     * @param questions the questions on the form now (archived ones are not asked)
     * @return the answers given, in the order of the questions; meaningful only without violations
     */
    public static List<GivenAnswer> check(List<RegistrationQuestion> questions, AnswersInput input,
            Violations violations) {
        List<GivenAnswer> answers = new ArrayList<>();
        boolean special = false;
        for (RegistrationQuestion question : questions) {
            if (question.isArchived()) {
                continue;
            }
            List<String> values = answer(question, input.of(question), violations);
            if (!values.isEmpty()) {
                answers.add(new GivenAnswer(question.id(), values));
                special |= question.specialCategory();
            }
        }
        if (special && !input.specialCategoryConsent()) {
            violations.add(SPECIAL_CONSENT, "questions.answer.specialConsentRequired");
        }
        return answers;
    }

    private static List<String> answer(RegistrationQuestion question, List<String> raw, Violations violations) {
        String field = question.fieldName();
        List<String> values = raw.stream()
                .map(value -> question.type() == QuestionType.LONG_TEXT ? InputText.multiLine(value) : InputText.singleLine(value))
                .filter(Objects::nonNull)
                .toList();
        return switch (question.type()) {
            case SHORT_TEXT, LONG_TEXT -> text(question, values, violations);
            case NUMBER -> number(question, values, violations);
            case YES_NO -> choice(question, values, List.of(YES, NO), "questions.answer.chooseYesNo", violations);
            case ONE_CHOICE -> choice(question, values, question.choices(), "questions.answer.chooseOne", violations);
            case SEVERAL_CHOICES -> {
                Set<String> chosen = new LinkedHashSet<>(values);
                if (!question.choices().containsAll(chosen)) {
                    violations.add(field, "questions.answer.unknownChoice");
                    yield List.of();
                }
                if (chosen.isEmpty() && question.required()) {
                    violations.add(field, "questions.answer.chooseSeveral");
                }
                // In the order the organizer listed them, whatever order the browser sent.
                yield question.choices().stream().filter(chosen::contains).toList();
            }
        };
    }

    private static List<String> text(RegistrationQuestion question, List<String> values, Violations violations) {
        String text = values.isEmpty() ? null : values.get(0);
        int max = question.type() == QuestionType.LONG_TEXT ? LONG_MAX : SHORT_MAX;
        if (question.required()) {
            violations.requireText(question.fieldName(), text, max);
        } else {
            violations.limitText(question.fieldName(), text, max);
        }
        return text == null ? List.of() : List.of(text);
    }

    private static List<String> number(RegistrationQuestion question, List<String> values, Violations violations) {
        String text = values.isEmpty() ? null : values.get(0);
        if (text == null) {
            if (question.required()) {
                violations.add(question.fieldName(), "questions.answer.numberMissing");
            }
            return List.of();
        }
        if (!NUMBER.matcher(text).matches()) {
            violations.add(question.fieldName(), "questions.answer.numberInvalid");
            return List.of();
        }
        return List.of(text);
    }

    private static List<String> choice(RegistrationQuestion question, List<String> values, List<String> allowed,
            String missing, Violations violations) {
        if (values.isEmpty()) {
            if (question.required()) {
                violations.add(question.fieldName(), missing);
            }
            return List.of();
        }
        if (values.size() > 1 || !allowed.contains(values.get(0))) {
            violations.add(question.fieldName(), "questions.answer.unknownChoice");
            return List.of();
        }
        return List.of(values.get(0));
    }
}
