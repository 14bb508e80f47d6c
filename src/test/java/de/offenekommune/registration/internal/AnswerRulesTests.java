package de.offenekommune.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.offenekommune.platform.Violations;
import de.offenekommune.registration.internal.AnswerRetention;
import de.offenekommune.registration.internal.QuestionType;

class AnswerRulesTests {

    @Test
    void several_choices_keep_the_organizers_order_and_refuse_one_not_offered() {
        RegistrationQuestion workshops = question(QuestionType.SEVERAL_CHOICES, false, false, "Karten", "Haushalt", "Schule");
        Violations violations = new Violations();

        List<GivenAnswer> answers = AnswerRules.check(List.of(workshops),
                input(workshops, List.of("Schule", "Karten", "Schule")), violations);

        assertThat(violations.isEmpty()).isTrue();
        assertThat(answers).singleElement().satisfies(a -> assertThat(a.values()).containsExactly("Karten", "Schule"));

        Violations refused = new Violations();
        AnswerRules.check(List.of(workshops), input(workshops, List.of("Karten", "Tanz")), refused);
        assertThat(refused.list()).extracting(Violations.Violation::code).containsExactly("questions.answer.unknownChoice");
    }

    @Test
    void numbers_are_taken_as_people_type_them_and_words_are_refused() {
        RegistrationQuestion children = question(QuestionType.NUMBER, true, false);
        for (String typed : List.of("2", " 1,5 ", "0.25", "-3")) {
            Violations violations = new Violations();
            AnswerRules.check(List.of(children), input(children, List.of(typed)), violations);
            assertThat(violations.isEmpty()).as(typed).isTrue();
        }
        Violations word = new Violations();
        AnswerRules.check(List.of(children), input(children, List.of("zwei")), word);
        assertThat(word.list()).extracting(Violations.Violation::code).containsExactly("questions.answer.numberInvalid");
        Violations missing = new Violations();
        AnswerRules.check(List.of(children), input(children, List.of(" ")), missing);
        assertThat(missing.list()).extracting(Violations.Violation::code).containsExactly("questions.answer.numberMissing");
    }

    @Test
    void an_unanswered_special_category_question_needs_no_consent_and_an_archived_one_is_not_asked() {
        RegistrationQuestion health = question(QuestionType.YES_NO, false, true);
        RegistrationQuestion archived = new RegistrationQuestion(UUID.randomUUID(), UUID.randomUUID(), 2,
                QuestionType.SHORT_TEXT, "Alt", null, List.of(), true, "Früher.", AnswerRetention.AFTER_EVENT, null, false,
                Instant.now(), null);
        Violations violations = new Violations();

        List<GivenAnswer> answers = AnswerRules.check(List.of(health, archived), AnswersInput.NONE, violations);

        assertThat(violations.isEmpty()).isTrue();
        assertThat(answers).isEmpty();
    }

    @Test
    void a_long_text_keeps_its_paragraphs_and_a_short_one_is_limited() {
        RegistrationQuestion story = question(QuestionType.LONG_TEXT, true, false);
        RegistrationQuestion name = question(QuestionType.SHORT_TEXT, false, false);
        Violations violations = new Violations();

        List<GivenAnswer> answers = AnswerRules.check(List.of(story, name), new AnswersInput(Map.of(
                story.id().toString(), List.of("Erstens.\r\nZweitens."),
                name.id().toString(), List.of("x".repeat(AnswerRules.SHORT_MAX + 1))), false), violations);

        assertThat(answers.get(0).values()).containsExactly("Erstens.\nZweitens.");
        assertThat(violations.list()).extracting(Violations.Violation::field).containsExactly(name.fieldName());
    }

    private static RegistrationQuestion question(QuestionType type, boolean required, boolean special, String... choices) {
        return new RegistrationQuestion(UUID.randomUUID(), UUID.randomUUID(), 1, type, "Frage", null, List.of(choices),
                required, "Zweck.", AnswerRetention.AFTER_EVENT, null, special, null, null);
    }

    private static AnswersInput input(RegistrationQuestion question, List<String> values) {
        return new AnswersInput(Map.of(question.id().toString(), values), false);
    }
}
