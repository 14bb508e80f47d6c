package de.offenekommune.registration.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.TestFixtures;
import de.offenekommune.browser.AccessibilityAudit;
import de.offenekommune.browser.BrowserTest;
import de.offenekommune.event.Event;
import de.offenekommune.registration.internal.ParticipantManagement;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.RegistrationInput;
import de.offenekommune.registration.RegistrationManagement;
import de.offenekommune.registration.RegistrationState;

/**
 * An organizer accepts a registration request with the keyboard alone, at 1280 px; axe-core checks the
 * list and the decision page: 0 violations of WCAG 2.1 A and AA.
 */
@BrowserTest
class ApprovalBrowserTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    ParticipantManagement participants;

    @Test
    void an_organizer_accepts_a_request_with_the_keyboard(Page page) {
        // GIVEN an event with approval and one confirmed request
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Organizer organizer = fixtures.organizer();
        Event event = fixtures.publishedEvent(organizer, 5);
        participants.requireApproval(organizer.principal(), event.id(), true);
        String email = RegistrationFixtures.email("browser-approval");
        management.register(event.id(), new RegistrationInput("Anna Amsel", email, null, null, null, null, true,
                Locale.GERMAN, null));
        fixtures.confirm(email);
        page.setViewportSize(1280, 900);
        page.navigate("/login?lang=de");
        page.getByLabel("E-Mail-Adresse").fill(organizer.principal().email());
        page.getByLabel("Passwort").fill(TestFixtures.PASSWORD);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON).click();
        page.waitForURL(url -> url.endsWith("/manage/events"));

        // WHEN the organizer opens the list, tabs to the decision link and accepts
        page.navigate("/manage/events/" + event.id() + "/registrations");
        AccessibilityAudit.assertNoViolations(page, "participant list with a request");
        focusByTab(page, "Annehmen oder ablehnen: Anna Amsel");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/decide"));
        AccessibilityAudit.assertNoViolations(page, "decision page");
        focusByTab(page, "Nachricht an Anna Amsel (optional)");
        page.keyboard().type("Wir freuen uns auf Sie.");
        focusByTab(page, "Annehmen");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/registrations"));

        // THEN the list says so and Anna has her place
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Die Anmeldung ist angenommen");
        AccessibilityAudit.assertNoViolations(page, "participant list after accepting");
        assertThat(fixtures.registration(email).state()).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(fixtures.lastMail(email, "approval_decision_to_registrant").text()).contains("Wir freuen uns auf Sie.");
    }

    /** Presses Tab until the focused element is named {@code name}; fails after 150 steps. */
    private static void focusByTab(Page page, String name) {
        for (int i = 0; i < 150; i++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("""
                    () => {
                      const e = document.activeElement;
                      const label = e.labels && e.labels.length ? e.labels[0].textContent : '';
                      return (label || e.textContent || '').replace(/\\s+/g, ' ').trim();
                    }""");
            if (name.equals(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + name);
    }
}
