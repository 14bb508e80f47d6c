package de.offenekommune.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestClock;
import de.offenekommune.event.Event;
import de.offenekommune.platform.InvalidInputException;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationManagement;

/**
 * Questions on the registration form: answers are checked per field, kept as given when the question
 * changes, exported in marked columns when they are special-category data, and deleted after their
 * retention while the counts per choice stay.
 */
@IntegrationTest
class RegistrationQuestionsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    QuestionManagement questions;
    @Autowired
    RegistrationAnswers answers;
    @Autowired
    RegistrationTasks.AnswerDeletion deletion;
    @Autowired
    RegistrationTasks.Retention retention;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    RegistrationFixtures fixtures;
    Organizer organizer;

    @BeforeEach
    void an_organizer() {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
    }

    @AfterEach
    void real_time_again() {
        clock.reset();
    }

    @Test
    void answers_are_deleted_when_their_retention_passed_and_the_counts_per_choice_stay() {
        // GIVEN a diet question deleted right after the event, a health question ten days later, and three people
        Event event = fixtures.publishedEvent(organizer, 20);
        RegistrationQuestion diet = questions.add(organizer.principal(), event.id(), new QuestionDraft("ONE_CHOICE",
                "Ernährung", null, "vegetarisch\nvegan\nalles", true, "Damit wir das Essen planen können.", "AFTER_EVENT",
                null, false));
        RegistrationQuestion health = questions.add(organizer.principal(), event.id(), new QuestionDraft("SHORT_TEXT",
                "Allergien", null, null, false, "Damit niemand krank wird.", "DAYS_AFTER_EVENT", "10", true));
        register(event, "Anna", Map.of(diet, "vegetarisch", health, "Nüsse"), true);
        register(event, "Bernd", Map.of(diet, "vegetarisch"), false);
        register(event, "Clara", Map.of(diet, "vegan"), false);

        // WHEN the event has ended (one hour ago)
        clock.set(event.details().schedule().end().plus(Duration.ofHours(1)));
        deletion.run();

        // THEN the diet answers are gone, "2 × vegetarisch" stays, and the health answers wait for their ten days
        assertThat(answerCount(diet)).isZero();
        assertThat(answers.counts(event.id()).get(diet.id())).containsExactlyInAnyOrderEntriesOf(
                Map.of("vegetarisch", 2, "vegan", 1));
        assertThat(answerCount(health)).isEqualTo(1);

        // AND ten days later the health answer goes too; only its number stays
        clock.set(event.details().schedule().end().plus(Duration.ofDays(10)).plus(Duration.ofMinutes(1)));
        deletion.run();
        assertThat(answerCount(health)).isZero();
        assertThat(answers.counts(event.id()).get(health.id())).containsExactlyEntriesOf(Map.of("", 1));
        assertThat(answers.counts(event.id()).get(diet.id())).containsEntry("vegetarisch", 2);
    }

    @Test
    void answers_kept_with_the_registration_go_when_the_participants_are_anonymized_and_their_counts_stay() {
        // GIVEN a yes/no question whose answers live as long as the registration
        Event event = fixtures.publishedEvent(organizer, 20);
        RegistrationQuestion childcare = questions.add(organizer.principal(), event.id(), new QuestionDraft("YES_NO",
                "Brauchen Sie Kinderbetreuung?", null, null, false, "Für die Kinderbetreuung.", "WITH_REGISTRATION", null,
                false));
        register(event, "Ida", Map.of(childcare, "yes"), false);
        register(event, "Jonas", Map.of(childcare, "no"), false);

        // WHEN the answer task runs right after the event, and again once the retention of the registrations passed
        clock.set(event.details().schedule().end().plus(Duration.ofHours(1)));
        deletion.run();
        assertThat(answerCount(childcare)).isEqualTo(2);
        clock.set(event.details().schedule().end().plus(Duration.ofDays(31)));
        retention.run();

        // THEN the answers went with the personal data, and "1 × Ja, 1 × Nein" stays
        assertThat(answerCount(childcare)).isZero();
        assertThat(answers.counts(event.id()).get(childcare.id())).containsExactlyInAnyOrderEntriesOf(
                Map.of("yes", 1, "no", 1));
    }

    @Test
    void answers_are_checked_per_question_with_specific_messages() {
        // GIVEN a required choice, a number and a special-category yes/no question
        Event event = fixtures.publishedEvent(organizer, 20);
        RegistrationQuestion diet = questions.add(organizer.principal(), event.id(), new QuestionDraft("ONE_CHOICE",
                "Ernährung", null, "vegetarisch\nvegan", true, "Für das Essen.", "AFTER_EVENT", null, false));
        RegistrationQuestion children = questions.add(organizer.principal(), event.id(), new QuestionDraft("NUMBER",
                "Kinder in der Betreuung", null, null, false, "Für die Kinderbetreuung.", "AFTER_EVENT", null, false));
        RegistrationQuestion wheelchair = questions.add(organizer.principal(), event.id(), new QuestionDraft("YES_NO",
                "Rollstuhl", null, null, false, "Für die Raumplanung.", "WITH_REGISTRATION", null, true));

        // WHEN someone leaves out the choice, types a word for the number and answers Art. 9 data without consent
        RegistrationInput input = input("Dora", Map.of(diet, "", children, "zwei", wheelchair, "yes"), false);

        // THEN each field says what is wrong, and nothing was saved
        assertThatThrownBy(() -> management.register(event.id(), input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().list()).extracting(v -> v.field() + "=" + v.code()).containsExactly(
                            "answers." + diet.id() + "=questions.answer.chooseOne",
                            "answers." + children.id() + "=questions.answer.numberInvalid",
                            "specialCategoryConsent=questions.answer.specialConsentRequired");
                });
        assertThat(answers.counts(event.id())).isEmpty();

        // AND a choice not offered is refused too
        assertThatThrownBy(() -> management.register(event.id(), input("Dora", Map.of(diet, "Fisch"), false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().list())
                        .extracting(v -> v.code()).containsExactly("questions.answer.unknownChoice"));
    }

    @Test
    void changing_an_answered_question_keeps_its_answers_readable_as_given() throws Exception {
        // GIVEN an answered choice question
        Event event = fixtures.publishedEvent(organizer, 20);
        RegistrationQuestion diet = questions.add(organizer.principal(), event.id(), new QuestionDraft("ONE_CHOICE",
                "Ernährung", null, "vegetarisch\nvegan", false, "Für das Essen.", "AFTER_EVENT", null, false));
        String email = register(event, "Emil", Map.of(diet, "vegan"), false);

        // WHEN the organizer drops the choice "vegan", then tries to make it a text question, then removes it
        questions.update(organizer.principal(), event.id(), diet.id(), new QuestionDraft("ONE_CHOICE", "Ernährung",
                null, "vegetarisch\nalles", false, "Für das Essen.", "AFTER_EVENT", null, false));
        assertThatThrownBy(() -> questions.update(organizer.principal(), event.id(), diet.id(), new QuestionDraft(
                "SHORT_TEXT", "Ernährung", null, null, false, "Für das Essen.", "AFTER_EVENT", null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().list())
                        .extracting(v -> v.field() + "=" + v.code()).containsExactly("type=questions.typeLocked"));
        boolean archived = questions.remove(organizer.principal(), event.id(), diet.id());

        // THEN the question left the form but was archived, and Emil's answer still reads "vegan"
        assertThat(archived).isTrue();
        assertThat(management.questions(event.id())).isEmpty();
        assertThat(answers.of(fixtures.registration(email).id()).get(diet.id()).values()).containsExactly("vegan");
        String list = mvc.perform(get("/manage/events/" + event.id() + "/registrations")
                .with(user(organizer.principal()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("Ernährung: vegan");
    }

    @Test
    void the_csv_marks_special_category_answers_in_their_column() throws Exception {
        // GIVEN a plain and a special-category question, answered
        Event event = fixtures.publishedEvent(organizer, 20);
        RegistrationQuestion workshop = questions.add(organizer.principal(), event.id(), new QuestionDraft(
                "SEVERAL_CHOICES", "Workshops", null, "Karten\nHaushalt\nSchule", false, "Für die Raumplanung.",
                "WITH_REGISTRATION", null, false));
        RegistrationQuestion allergies = questions.add(organizer.principal(), event.id(), new QuestionDraft(
                "LONG_TEXT", "Allergien", "Etwa Nüsse oder Gluten.", null, false, "Für das Essen.", "AFTER_EVENT", null,
                true));
        String email = RegistrationFixtures.email("csv-fragen");
        management.register(event.id(), new RegistrationInput("Frida", email, null, null, null, null, true,
                Locale.GERMAN, null).withAnswers(new AnswersInput(Map.of(workshop.id().toString(),
                        List.of("Schule", "Karten"), allergies.id().toString(), List.of("Gluten")), true)));

        // WHEN the organizer exports the participants
        String csv = new String(mvc.perform(get("/manage/events/" + event.id() + "/registrations/export")
                .with(user(organizer.principal()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);

        // THEN both answers are there, the health one only under its marked header, choices in the offered order
        assertThat(csv.lines().findFirst().orElseThrow())
                .endsWith(";Workshops;Besonders geschützt (Art. 9 DSGVO): Allergien");
        assertThat(csv).contains("Karten, Schule;Gluten");
    }

    @Test
    void the_question_editor_refuses_a_choice_question_without_choices_and_keeps_the_input() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 20);

        String page = mvc.perform(post("/manage/events/" + event.id() + "/registrations/questions")
                .with(user(organizer.principal())).with(formToken(mvc))
                .param("label", "Welche Führung möchten Sie?").param("type", "ONE_CHOICE").param("choices", "Rathaus")
                .param("purpose", "").param("retention", "DAYS_AFTER_EVENT").param("retentionDays", "0"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Welche Führung möchten Sie?")
                .contains("Bitte geben Sie mindestens zwei Auswahlmöglichkeiten ein, eine pro Zeile.")
                .contains("Bitte nennen Sie den Zweck der Frage; er steht im Formular.")
                .contains("Bitte geben Sie eine Zahl von 1 bis 3650 ein.");
        assertThat(questions.questions(organizer.principal(), event.id())).isEmpty();
    }

    @Test
    void the_api_lists_the_questions_publicly_and_gives_organizers_the_answers_marked() throws Exception {
        // GIVEN a special-category yes/no question
        Event event = fixtures.publishedEvent(organizer, 20);
        RegistrationQuestion wheelchair = questions.add(organizer.principal(), event.id(), new QuestionDraft("YES_NO",
                "Kommen Sie im Rollstuhl?", null, null, true, "Für die Raumplanung.", "AFTER_EVENT", null, true));

        // WHEN a client reads the form, then registers through the API, first without the Art. 9 consent
        String form = mvc.perform(get("/api/v1/events/" + event.id() + "/registration"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String body = """
                {"name": "Hanna", "email": "%s", "consent": true, "answers": {"%s": ["yes"]}%s}""";
        String email = RegistrationFixtures.email("api-fragen");
        String refused = mvc.perform(post("/api/v1/events/" + event.id() + "/registrations")
                        .with(RegistrationFixtures.fromNewAddress())
                        .contentType("application/json").content(body.formatted(email, wheelchair.id(), "")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/events/" + event.id() + "/registrations").with(RegistrationFixtures.fromNewAddress())
                        .contentType("application/json")
                        .content(body.formatted(email, wheelchair.id(), ", \"specialCategoryConsent\": true")))
                .andExpect(status().isAccepted());

        // THEN the form lists the question, the refusal names the consent, and the organizer's API marks the answer
        assertThat(form).contains("\"id\":\"" + wheelchair.id()).contains("\"type\":\"YES_NO\"")
                .contains("\"specialCategory\":true").contains("\"purpose\":\"Für die Raumplanung.\"");
        assertThat(refused).contains("specialCategoryConsent");
        String token = context.getBean(de.offenekommune.account.internal.ApiTokens.class).issue(organizer.principal().id(), "test");
        String participants = mvc.perform(get("/api/v1/events/" + event.id() + "/participants")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(participants).contains(email).contains("\"label\":\"Kommen Sie im Rollstuhl?\",\"values\":[\"yes\"],"
                + "\"specialCategory\":true");
        String summary = mvc.perform(get("/api/v1/events/" + event.id() + "/questions")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(summary).contains("\"counts\":{\"yes\":1}");
        mvc.perform(get("/api/v1/events/" + event.id() + "/participants")).andExpect(status().isUnauthorized());
    }

    private String register(Event event, String name, Map<RegistrationQuestion, String> given, boolean consent) {
        RegistrationInput input = input(name, given, consent);
        management.register(event.id(), input);
        return input.email();
    }

    private static RegistrationInput input(String name, Map<RegistrationQuestion, String> given, boolean consent) {
        Map<String, List<String>> values = new java.util.HashMap<>();
        given.forEach((question, value) -> values.put(question.id().toString(), List.of(value)));
        return new RegistrationInput(name, RegistrationFixtures.email(name.toLowerCase(Locale.ROOT)), null, null, null,
                null, true, Locale.GERMAN, null).withAnswers(new AnswersInput(values, consent));
    }

    private long answerCount(RegistrationQuestion question) {
        return jdbc.sql("select count(*) from registration_answer where question_id = :question")
                .param("question", question.id()).query(Long.class).single();
    }
}
