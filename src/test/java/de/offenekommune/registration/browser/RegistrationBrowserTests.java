package de.offenekommune.registration.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.browser.BrowserTest;
import de.offenekommune.browser.AccessibilityAudit;
import de.offenekommune.TestHttp;
import de.offenekommune.event.Event;
import de.offenekommune.registration.RegistrationFixtures;

/**
 * Two citizens in a real browser (the system Chromium) for an event with one seat: the first registers,
 * confirms from the mail link and sees her status; the second lands on the waitlist, which is announced
 * to screen readers; the first cancels and the second moves up. axe-core checks every page: 0 violations
 * of WCAG 2.1 A and AA.
 */
@BrowserTest
class RegistrationBrowserTests {

    @Autowired
    TestHttp http;
    @Autowired
    ApplicationContext context;

    RegistrationFixtures fixtures;

    @BeforeEach
    void a_fresh_browser() {
        fixtures = new RegistrationFixtures(context);
    }

    @Test
    void citizens_register_confirm_wait_and_cancel_in_an_accessible_way(Page page) {
        Event event = fixtures.publishedEvent(fixtures.organizer(), 1);
        String anna = RegistrationFixtures.email("browser-anna");
        String bernd = RegistrationFixtures.email("browser-bernd");

        // Anna registers on the event page
        page.navigate(http.baseUrl() + "/events/" + event.slug());
        assertThat(page.locator("#registration").getByText("Noch 1 von 1 Platz frei.")).isVisible();
        AccessibilityAudit.assertNoViolations(page, "event page with the registration form");
        fill(page, "Anna Amsel", anna);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verbindlich anmelden")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bitte schauen Sie in Ihr E-Mail-Postfach.");
        AccessibilityAudit.assertNoViolations(page, "received page");

        // She opens the link from her mail and confirms
        page.navigate(http.baseUrl() + "/registrations/confirm/"
                + RegistrationFixtures.confirmToken(fixtures.lastMail(anna, "registration_requested_to_registrant")));
        AccessibilityAudit.assertNoViolations(page, "confirmation page");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmeldung bestätigen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sie sind angemeldet.");
        String annasPage = page.url();
        AccessibilityAudit.assertNoViolations(page, "personal page");

        // Bernd finds the event full, registers for the waitlist, confirms, and hears his place
        Page second = page.context().newPage();
        second.navigate(http.baseUrl() + "/events/" + event.slug());
        assertThat(second.locator("#registration").getByText("Ausgebucht – Anmeldung auf die Warteliste")).isVisible();
        AccessibilityAudit.assertNoViolations(second, "full event page");
        fill(second, "Bernd Buchfink", bernd);
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Auf die Warteliste setzen")).click();
        assertThat(second.getByRole(AriaRole.STATUS)).containsText("Neue Anmeldungen kommen auf die Warteliste");
        second.navigate(http.baseUrl() + "/registrations/confirm/"
                + RegistrationFixtures.confirmToken(fixtures.lastMail(bernd, "registration_waitlisted_to_registrant")));
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmeldung bestätigen")).click();
        assertThat(second.getByRole(AriaRole.STATUS)).containsText("Sie stehen auf Platz 1 der Warteliste.");
        AccessibilityAudit.assertNoViolations(second, "personal page on the waitlist");

        // Anna cancels; Bernd moves up
        page.navigate(annasPage);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anmeldung stornieren")).click();
        AccessibilityAudit.assertNoViolations(page, "cancel confirmation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmeldung stornieren")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihre Anmeldung ist storniert.");
        AccessibilityAudit.assertNoViolations(page, "cancelled personal page");

        second.reload();
        assertThat(second.getByRole(AriaRole.STATUS)).containsText("Sie sind angemeldet.");
    }

    @Test
    void a_form_with_errors_keeps_the_input_and_is_accessible(Page page) {
        Event event = fixtures.publishedEvent(fixtures.organizer(), 5);
        page.navigate(http.baseUrl() + "/events/" + event.slug());
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Anna Amsel");
        page.getByLabel("E-Mail-Adresse", new Page.GetByLabelOptions().setExact(true)).fill("keine-adresse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verbindlich anmelden")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bitte korrigieren Sie folgende Angaben");
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Anna Amsel");
        assertThat(page.getByLabel("E-Mail-Adresse", new Page.GetByLabelOptions().setExact(true))).hasValue("keine-adresse");
        AccessibilityAudit.assertNoViolations(page, "form with errors");
    }

    private static void fill(Page page, String name, String email) {
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("E-Mail-Adresse", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByLabel("Ich bin einverstanden", new Page.GetByLabelOptions().setExact(false)).check();
    }
}
