package de.offenekommune.registration.web;

import java.util.List;

import de.offenekommune.platform.web.Option;
import de.offenekommune.platform.web.PageContext;
import de.offenekommune.registration.internal.AnswerRetention;
import de.offenekommune.registration.internal.QuestionDraft;
import de.offenekommune.registration.internal.QuestionType;
import de.offenekommune.registration.internal.RegistrationQuestion;

/** The organizer's question form, kept as typed; check boxes send {@code "true"}. */
public record QuestionForm(String type, String label, String help, String choices, String required, String purpose,
        String retention, String retentionDays, String specialCategory) {

    public static QuestionForm blank() {
        return new QuestionForm(QuestionType.SHORT_TEXT.name(), "", "", "", null, "", AnswerRetention.AFTER_EVENT.name(),
                "", null);
    }

    static QuestionForm of(RegistrationQuestion question) {
        QuestionDraft draft = QuestionDraft.of(question);
        return new QuestionForm(draft.type(), draft.label(), draft.help() == null ? "" : draft.help(), draft.choices(),
                String.valueOf(draft.required()), draft.purpose(), draft.retention(), draft.retentionDays(),
                String.valueOf(draft.specialCategory()));
    }

    QuestionDraft toDraft() {
        return new QuestionDraft(type, label, help, choices, "true".equals(required), purpose, retention, retentionDays,
                "true".equals(specialCategory));
    }

    public String value(String value) {
        return value == null ? "" : value;
    }

    public boolean isChecked(String box) {
        return "true".equals(box);
    }

    public static List<Option> types(PageContext ctx) {
        return java.util.Arrays.stream(QuestionType.values())
                .map(type -> new Option(type.name(), ctx.t(type.messageKey())))
                .toList();
    }

    public static List<Option> retentions(PageContext ctx) {
        return java.util.Arrays.stream(AnswerRetention.values())
                .map(retention -> new Option(retention.name(), ctx.t(retention.messageKey())))
                .toList();
    }
}
