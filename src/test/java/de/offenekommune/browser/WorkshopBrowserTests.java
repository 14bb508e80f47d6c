package de.offenekommune.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.event.Event;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.ProgrammeManagement;
import de.offenekommune.programme.Session;
import de.offenekommune.programme.SessionDraft;
import de.offenekommune.programme.SessionKind;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationFixtures.Organizer;

/**
 * Choosing a workshop in the registration form and changing it on the personal page, at 375 px, with the
 * keyboard: axe-core finds no WCAG 2.1 A/AA violation, nothing scrolls sideways, a refused form keeps the choice.
 */
@BrowserTest
class WorkshopBrowserTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeManagement programme;

    @Test
    void a_person_chooses_a_workshop_with_the_keyboard_and_changes_it_on_the_personal_page(Page page) {
        // GIVEN an event at 10:00 with two parallel workshops from 10:30 to 12:00
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Organizer organizer = fixtures.organizer();
        Instant start = LocalDate.now(BERLIN).plusDays(30).atTime(10, 0).atZone(BERLIN).toInstant();
        Event event = fixtures.published(organizer,
                new RegistrationSettings(RegistrationMode.REQUIRED, null, 30, null, null), start);
        workshop(organizer, event, "Offene Daten", 5);
        workshop(organizer, event, "Beteiligung, die wirkt", 12);
        String email = RegistrationFixtures.email("browser-workshop");
        page.setViewportSize(375, 900);

        // WHEN the form is opened, the second workshop chosen with the keyboard, and sent without a name
        page.navigate("/events/" + event.slug() + "/registration?lang=de");
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Workshops von 10:30 bis 12:00 Uhr")))
                .isVisible();
        assertThat(page.getByText("noch 12 Plätze frei")).isVisible();
        AccessibilityAudit.assertNoViolations(page, "registration form with workshops");
        LayoutChecks.assertNoSidewaysScrolling(page);
        radio(page, "Offene Daten").focus();
        page.keyboard().press("ArrowUp");
        assertThat(radio(page, "Beteiligung, die wirkt")).isChecked();
        page.getByLabel("E-Mail-Adresse").fill(email);
        page.getByRole(AriaRole.CHECKBOX).check();
        submit(page);

        // THEN the form comes back with the error and the workshop still chosen
        assertThat(radio(page, "Beteiligung, die wirkt")).isChecked();
        AccessibilityAudit.assertNoViolations(page, "registration form with an error");
        LayoutChecks.assertNoSidewaysScrolling(page);

        // WHEN the name is added and the form sent
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Anna Amsel");
        submit(page);
        page.waitForURL(url -> url.endsWith("/registration/received"));

        // THEN the personal page shows the place
        page.navigate("/registrations/" + fixtures.confirm(email) + "?lang=de");
        assertThat(page.getByText("Sie haben einen Platz.")).isVisible();
        AccessibilityAudit.assertNoViolations(page, "personal page with a workshop");
        LayoutChecks.assertNoSidewaysScrolling(page);

        // WHEN the person gives the workshop up with the keyboard
        radio(page, "Beteiligung, die wirkt").focus();
        page.keyboard().press("ArrowUp");
        assertThat(radio(page, "Keinen Workshop")).isChecked();
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");

        // THEN the page says so and the place is free again
        assertThat(page.getByText("Ihre Workshops sind gespeichert.")).isVisible();
        assertThat(page.getByText("noch 12 Plätze frei")).isVisible();
        AccessibilityAudit.assertNoViolations(page, "personal page after the change");
    }

    private static Locator radio(Page page, String name) {
        return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void submit(Page page) {
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Verbindlich anmelden")).click();
    }

    private Session workshop(Organizer organizer, Event event, String title, int capacity) {
        var schedule = event.details().schedule();
        LocalDateTime start = LocalDateTime.ofInstant(schedule.start(), schedule.zone()).plus(Duration.ofMinutes(30));
        return programme.saveSession(organizer.principal(), event.id(), null, new SessionDraft(title, null,
                SessionKind.WORKSHOP, start, start.plus(Duration.ofMinutes(90)), null, "de", false, false, List.of(),
                capacity), new Violations());
    }
}
