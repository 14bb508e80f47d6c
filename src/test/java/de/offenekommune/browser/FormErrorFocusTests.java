package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.TestFixtures;
import de.offenekommune.event.Event;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;

/**
 * After a failed submit, the page says so before anything else (WCAG 3.3.1): the title starts with
 * "Fehler:" and the focus is on the error summary, so that a screen reader reads it out first.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormErrorFocusTests {

    @Autowired
    TestFixtures fixtures;

    Event event;

    @BeforeAll
    void publishEvent() {
        event = fixtures.published(EventDetailsBuilder
                .workshop("Infoabend Ratsinformationssystem", LocalDate.now().plusDays(20).atTime(LocalTime.of(18, 0)))
                .registration(new RegistrationSettings(RegistrationMode.REQUESTED, null, 30, null, null))
                .build());
    }

    @Test
    void a_failed_registration_puts_the_focus_on_the_error_summary_and_says_so_in_the_title(Page page) {
        // GIVEN
        page.navigate("/events/" + event.slug());
        page.locator("#registration #name").fill("Anna Amsel");

        // WHEN
        Response response = page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).click());

        // THEN
        assertThat(response.status()).isEqualTo(422);
        assertThat(focusedId(page)).isEqualTo("error-summary");
        assertThat(page.title()).startsWith("Fehler: Anmeldung: Infoabend Ratsinformationssystem");
        assertThat(page.locator("#name").inputValue()).isEqualTo("Anna Amsel");
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void a_failed_comment_puts_the_focus_on_the_error_summary_and_says_so_in_the_title(Page page) {
        // GIVEN
        page.navigate("/events/" + event.slug() + "?lang=en");
        page.locator("#commentText").fill("Is there a live stream?");

        // WHEN the form is sent at once, without name and email
        Response response = page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Send comment")).click());

        // THEN the missing fields are named, not the speed
        assertThat(response.status()).isEqualTo(422);
        assertThat(focusedId(page)).isEqualTo("error-summary");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.locator("#error-summary").innerText()).contains("name", "email").doesNotContain("fast");
        assertThat(page.locator("#commentText").inputValue()).isEqualTo("Is there a live stream?");
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void a_failed_login_puts_the_focus_on_the_message_and_says_so_in_the_title(Page page) {
        // GIVEN
        page.navigate("/login");
        page.getByLabel("E-Mail-Adresse").fill("niemand@example.org");
        page.getByLabel("Passwort").fill("falsch-falsch-falsch");

        // WHEN
        page.waitForNavigation(() -> page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Einloggen")).click());

        // THEN
        assertThat(focusedId(page)).isEqualTo("login-error");
        assertThat(page.title()).startsWith("Fehler: Login für Veranstaltende");
    }

    private static String focusedId(Page page) {
        KeyboardUser.waitForAutofocus(page);
        return (String) page.evaluate("document.activeElement.id");
    }
}
