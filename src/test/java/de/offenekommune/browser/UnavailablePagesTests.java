package de.offenekommune.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.event.Event;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.SeatLock;

/**
 * What people see when the database is too busy (here: an event's seat lock held elsewhere): the
 * registration form comes back as typed with a note to send it again, other actions get the 503 page.
 * Both without accessibility violations, at 375 and 1280 px (screenshots in target/browser-screenshots).
 */
@BrowserTest
class UnavailablePagesTests {

    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    @Autowired
    ApplicationContext context;

    @Test
    void the_registration_form_comes_back_as_typed_with_a_note_to_send_it_again(Page page) throws Exception {
        // GIVEN an event whose seat lock someone else holds, and a person filling in its form
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Event event = fixtures.publishedEvent(fixtures.organizer(), 10);
        String email = RegistrationFixtures.email("patient");
        try (SeatLock lock = new SeatLock(context, event)) {
            page.navigate("/events/" + event.slug() + "/registration");
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Paula Geduldig");
            page.getByLabel("E-Mail-Adresse", new Page.GetByLabelOptions().setExact(true)).fill(email);
            page.getByLabel("Ich bin einverstanden", new Page.GetByLabelOptions().setExact(false)).check();

            // WHEN she sends it
            Response response = send(page, () -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Verbindlich anmelden")).click());

            // THEN she reads that nothing was saved yet, and her input is still there
            assertThat(response.status()).isEqualTo(503);
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Ihre Anmeldung ist noch nicht gespeichert");
            assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Paula Geduldig");
            assertThat(page.getByLabel("E-Mail-Adresse", new Page.GetByLabelOptions().setExact(true))).hasValue(email);
            lookAt(page, "registration-form-503");
        }
    }

    @Test
    void an_action_that_cannot_be_done_now_gets_the_503_page_in_german_and_english(Page page) throws Exception {
        // GIVEN a registration waiting for confirmation, and its event's seat lock held elsewhere
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Event event = fixtures.publishedEvent(fixtures.organizer(), 10);
        String email = RegistrationFixtures.email("confirming");
        page.navigate("/events/" + event.slug() + "/registration");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Cora Bestätigt");
        page.getByLabel("E-Mail-Adresse", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByLabel("Ich bin einverstanden", new Page.GetByLabelOptions().setExact(false)).check();
        send(page, () -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Verbindlich anmelden")).click());
        String link = "/registrations/confirm/" + RegistrationFixtures.confirmToken(
                fixtures.lastMail(email, "registration_requested_to_registrant"));

        try (SeatLock lock = new SeatLock(context, event)) {
            for (String language : new String[] {"de", "en"}) {
                // WHEN she confirms from the link in her mail
                page.navigate(link + "?lang=" + language);
                Response response = send(page, () -> page.locator("main button[type=submit]").click());

                // THEN she gets the page that asks her to try again in a minute
                assertThat(response.status()).isEqualTo(503);
                assertThat(response.headers()).containsKey("retry-after");
                assertThat(page.locator("h1")).hasText(language.equals("de") ? "Vorübergehend nicht erreichbar"
                        : "Temporarily unavailable");
                lookAt(page, "error-503-" + language);
            }
        }
    }

    /** The answer to the form the click sends, once its page has loaded. */
    private static Response send(Page page, Runnable click) {
        Response response = page.waitForResponse(answer -> answer.request().method().equals("POST"), click);
        page.waitForLoadState();
        return response;
    }

    /** Checks the page with axe-core and keeps a screenshot, on a phone and on a desktop. */
    private static void lookAt(Page page, String name) {
        for (int width : new int[] {375, 1280}) {
            page.setViewportSize(width, 900);
            AccessibilityAudit.assertNoViolations(page);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(name + "-" + width + ".png")));
        }
    }
}
