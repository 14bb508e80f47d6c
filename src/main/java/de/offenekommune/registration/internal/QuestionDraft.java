package de.offenekommune.registration.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;
import de.offenekommune.registration.internal.AnswerRetention;
import de.offenekommune.registration.internal.QuestionType;

/**
 * A question as the organizer typed it, before it is checked.
 *
 * @param choices one choice per line
 * @param retentionDays the number of days, for {@link AnswerRetention#DAYS_AFTER_EVENT}
 */
public record QuestionDraft(String type, String label, String help, String choices, boolean required, String purpose,
        String retention, String retentionDays, boolean specialCategory) {

    static final int LABEL_MAX = 300;
    static final int HELP_MAX = 500;
    static final int PURPOSE_MAX = 500;
    static final int CHOICE_MAX = 200;
    static final int CHOICES_MAX = 30;
    static final int DAYS_MAX = 3650;

    public static QuestionDraft of(RegistrationQuestion question) {
        return new QuestionDraft(question.type().name(), question.label(), question.help(),
                String.join("\n", question.choices()), question.required(), question.purpose(),
                question.retention().name(),
                question.retentionDays() == null ? "" : String.valueOf(question.retentionDays()),
                question.specialCategory());
    }

    /** The checked question; meaningful only when {@code violations} stayed empty. */
    RegistrationQuestion check(UUID id, UUID event, Violations violations) {
        QuestionType kind = parse(QuestionType.class, type);
        if (kind == null) {
            violations.add("type", "questions.typeMissing");
            kind = QuestionType.SHORT_TEXT;
        }
        String cleanLabel = InputText.singleLine(label);
        violations.requireText("label", cleanLabel, LABEL_MAX);
        String cleanHelp = InputText.singleLine(help);
        violations.limitText("help", cleanHelp, HELP_MAX);
        List<String> list = List.of();
        if (kind.hasChoices()) {
            list = List.copyOf(new LinkedHashSet<>(Arrays.stream((choices == null ? "" : choices).split("\\R"))
                    .map(InputText::singleLine).filter(Objects::nonNull).toList()));
            if (list.size() < 2) {
                violations.add("choices", "questions.choicesTooFew");
            } else if (list.size() > CHOICES_MAX) {
                violations.add("choices", "questions.choicesTooMany", CHOICES_MAX);
            } else if (list.stream().anyMatch(choice -> choice.length() > CHOICE_MAX)) {
                violations.add("choices", "questions.choiceTooLong", CHOICE_MAX);
            }
        }
        String cleanPurpose = InputText.singleLine(purpose);
        if (cleanPurpose == null) {
            violations.add("purpose", "questions.purposeMissing");
        } else {
            violations.limitText("purpose", cleanPurpose, PURPOSE_MAX);
        }
        AnswerRetention when = parse(AnswerRetention.class, retention);
        Integer days = null;
        if (when == null) {
            violations.add("retention", "questions.retentionMissing");
            when = AnswerRetention.AFTER_EVENT;
        } else if (when == AnswerRetention.DAYS_AFTER_EVENT) {
            days = days(violations);
        }
        return new RegistrationQuestion(id, event, 0, kind, cleanLabel, cleanHelp, list, required, cleanPurpose, when,
                days, specialCategory, null, null);
    }

    private Integer days(Violations violations) {
        String text = retentionDays == null ? "" : retentionDays.strip();
        try {
            int days = Integer.parseInt(text);
            if (days >= 1 && days <= DAYS_MAX) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add("retentionDays", "questions.retentionDaysInvalid", DAYS_MAX);
        return null;
    }

    private static <E extends Enum<E>> E parse(Class<E> kind, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(kind, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
