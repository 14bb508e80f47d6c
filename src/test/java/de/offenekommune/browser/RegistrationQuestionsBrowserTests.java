package de.offenekommune.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.TestFixtures;
import de.offenekommune.event.Event;
import de.offenekommune.registration.internal.GivenAnswer;
import de.offenekommune.registration.internal.QuestionDraft;
import de.offenekommune.registration.internal.QuestionManagement;
import de.offenekommune.registration.internal.QuestionType;
import de.offenekommune.registration.internal.RegistrationAnswers;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.RegistrationQuestion;

/**
 * At 375 px: an organizer adds a question with the keyboard alone, sees a specific error and the input
 * kept, then the question and its preview; a citizen answers it on the registration form, with the purpose,
 * the deletion date and the separate consent for Art. 9 data in view. axe-core checks every state.
 */
@BrowserTest
class RegistrationQuestionsBrowserTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    QuestionManagement questions;
    @Autowired
    RegistrationAnswers answers;

    @Test
    void an_organizer_adds_a_question_with_the_keyboard_and_a_citizen_answers_it(Page page) {
        // GIVEN an organizer's event, at the width of a phone
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Organizer organizer = fixtures.organizer();
        Event event = fixtures.publishedEvent(organizer, 10);
        page.setViewportSize(375, 800);
        page.navigate("/login?lang=de");
        page.getByLabel("E-Mail-Adresse").fill(organizer.principal().email());
        page.getByLabel("Passwort").fill(TestFixtures.PASSWORD);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON).click();
        page.waitForURL(url -> url.endsWith("/manage/events"));

        // WHEN the organizer opens the question editor and, by keyboard, adds a choice question without a purpose
        page.navigate("/manage/events/" + event.id() + "/registrations/questions");
        AccessibilityAudit.assertNoViolations(page, "question editor without questions");
        LayoutChecks.assertNoSidewaysScrolling(page);
        KeyboardUser keyboard = new KeyboardUser(page);
        keyboard.tabTo(page.getByLabel("Frage", new Page.GetByLabelOptions().setExact(true)));
        keyboard.type("Welche Ernährung sollen wir berücksichtigen?");
        keyboard.tabTo(page.getByLabel("Art der Antwort"));
        keyboard.press("ArrowDown");
        keyboard.press("ArrowDown");
        keyboard.tabTo(page.getByLabel("Auswahlmöglichkeiten"));
        keyboard.type("vegetarisch");
        keyboard.press("Enter");
        keyboard.type("vegan");
        keyboard.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Frage hinzufügen")));
        keyboard.pressAndWaitForNextPage("Enter");

        // THEN the error names the field, and everything typed is still there
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Bitte nennen Sie den Zweck der Frage; er steht im Formular.");
        assertThat(page.getByLabel("Frage", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Welche Ernährung sollen wir berücksichtigen?");
        assertThat(page.getByLabel("Art der Antwort")).hasValue("ONE_CHOICE");
        assertThat(page.getByLabel("Auswahlmöglichkeiten")).hasValue("vegetarisch\nvegan");
        AccessibilityAudit.assertNoViolations(page, "question editor with an error");
        LayoutChecks.assertNoSidewaysScrolling(page);

        // WHEN the organizer adds the purpose and sends again
        keyboard.tabTo(page.getByLabel("Zweck der Frage"));
        keyboard.type("Damit wir das Essen planen können.");
        keyboard.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Frage hinzufügen")));
        keyboard.pressAndWaitForNextPage("Enter");

        // THEN the question is listed and previewed as people will see it
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Frage wurde hinzugefügt.");
        assertThat(page.locator(".ok-question-preview")).containsText("Wozu wir fragen: Damit wir das Essen planen können.");
        assertThat(page.locator(".ok-question-preview")).containsText("Die Antwort wird gleich nach der Veranstaltung gelöscht.");
        RegistrationQuestion diet = questions.questions(organizer.principal(), event.id()).get(0);
        assertThat(diet.type()).isEqualTo(QuestionType.ONE_CHOICE);
        assertThat(diet.choices()).containsExactly("vegetarisch", "vegan");
        RegistrationQuestion allergies = questions.add(organizer.principal(), event.id(), new QuestionDraft("SHORT_TEXT",
                "Allergien", "Etwa Nüsse oder Gluten.", null, false, "Damit niemand krank wird.", "DAYS_AFTER_EVENT",
                "3", true));
        page.reload();
        AccessibilityAudit.assertNoViolations(page, "question editor with two questions and the preview");
        LayoutChecks.assertNoSidewaysScrolling(page);
        Screenshots.of(page, "registration-questions-editor");

        // WHEN a citizen registers, answers the allergy question but forgets the Art. 9 consent
        page.context().clearCookies();
        page.navigate("/events/" + event.slug() + "/registration");
        AccessibilityAudit.assertNoViolations(page, "registration form with questions");
        LayoutChecks.assertNoSidewaysScrolling(page);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Die Antwort wird 3 Tage nach der Veranstaltung gelöscht.");
        String email = RegistrationFixtures.email("fragen");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Greta Grünfink");
        page.getByLabel("E-Mail-Adresse").fill(email);
        page.getByLabel("vegan").check();
        page.getByLabel("Allergien").fill("Nüsse");
        page.locator("#consent").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verbindlich anmelden")).click();

        // THEN the form says what is missing and keeps the answers
        assertThat(page.locator("#specialCategoryConsent-error")).containsText("Bitte willigen Sie ausdrücklich ein");
        assertThat(page.getByLabel("vegan")).isChecked();
        assertThat(page.getByLabel("Allergien")).hasValue("Nüsse");
        AccessibilityAudit.assertNoViolations(page, "registration form with a missing Art. 9 consent");
        LayoutChecks.assertNoSidewaysScrolling(page);
        Screenshots.of(page, "registration-questions-form-error");

        // WHEN she consents and sends again
        page.locator("#specialCategoryConsent").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verbindlich anmelden")).click();

        // THEN her answers are stored as given
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bitte schauen Sie in Ihr E-Mail-Postfach.");
        List<String> given = answers.of(fixtures.registration(email).id()).values().stream()
                .map(GivenAnswer::text).toList();
        assertThat(given).containsExactlyInAnyOrder("vegan", "Nüsse");
        assertThat(allergies.specialCategory()).isTrue();
    }
}
