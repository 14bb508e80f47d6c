package de.offenekommune.registration.web;

import java.util.List;

import de.offenekommune.platform.web.Option;
import de.offenekommune.platform.web.PageContext;
import de.offenekommune.registration.internal.AnswerRetention;
import de.offenekommune.registration.internal.QuestionType;
import de.offenekommune.registration.internal.RegistrationQuestion;

/** What people read about a question: its help, why it is asked and when the answer is deleted. */
public final class QuestionTexts {

    private QuestionTexts() {
    }

    /** The hint under the question on the registration form. */
    public static String hint(PageContext ctx, RegistrationQuestion question) {
        StringBuilder hint = new StringBuilder();
        if (question.help() != null) {
            hint.append(question.help()).append(' ');
        }
        if (question.specialCategory()) {
            hint.append(ctx.t("questions.form.special")).append(' ');
        }
        hint.append(ctx.t("questions.form.purpose", question.purpose())).append(' ');
        hint.append(retention(ctx, question));
        return hint.toString();
    }

    /** "Die Antwort wird gleich nach der Veranstaltung gelöscht." */
    public static String retention(PageContext ctx, RegistrationQuestion question) {
        return question.retention() == AnswerRetention.DAYS_AFTER_EVENT
                ? ctx.t("questions.form.deletion.DAYS_AFTER_EVENT", question.retentionDays())
                : ctx.t("questions.form.deletion." + question.retention().name());
    }

    /** The possible answers of a choice or yes/no question. */
    public static List<Option> options(PageContext ctx, RegistrationQuestion question) {
        if (question.type() == QuestionType.YES_NO) {
            return List.of(new Option("yes", ctx.t("questions.answer.yes")), new Option("no", ctx.t("questions.answer.no")));
        }
        return question.choices().stream().map(choice -> new Option(choice, choice)).toList();
    }

    /** An answer as the organizer reads it: yes and no in their language, choices as given. */
    public static String answer(PageContext ctx, RegistrationQuestion question, List<String> values) {
        if (question.type() == QuestionType.YES_NO) {
            return values.stream().map(value -> ctx.t("questions.answer." + value)).reduce((a, b) -> a + ", " + b)
                    .orElse("");
        }
        return String.join(", ", values);
    }
}
