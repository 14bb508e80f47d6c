package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.account.Organizations;
import de.offenekommune.account.UserAccounts;
import de.offenekommune.browser.Organizers.Organizer;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.platform.Violations;
import de.offenekommune.registration.ParticipantManagement;
import de.offenekommune.registration.RegistrationFixtures;
import de.offenekommune.registration.RegistrationInput;
import de.offenekommune.registration.RegistrationManagement;

/**
 * The organizer's busiest pages as a person sees them on a desktop (1280 px), a phone (375 px) and a
 * small phone (320 px): the participant list with long names and addresses, and the event editor with
 * every part unfolded. No control lies over another or is cut off, and no page scrolls sideways.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizerLayoutTests {

    @Autowired
    EventManagement management;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Organizations organizations;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    RegistrationManagement registrations;
    @Autowired
    ParticipantManagement participants;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationContext context;

    Organizer organizer;
    Event event;

    /** One place: Anna holds it, Bernd (long name, long address, needs) waits, Clara cancelled. */
    @BeforeAll
    void event_with_participants() {
        organizer = new Organizers(accounts, organizations, passwordEncoder).create();
        event = management.create(organizer.principal(), organizer.organization(), RegistrationFixtures.details(
                new RegistrationSettings(RegistrationMode.REQUIRED, null, 1, null, null),
                Instant.now().plus(Duration.ofDays(30)), "Bürgerwerkstatt Ölberg"), null, new Violations());
        event = management.publish(organizer.principal(), event.id());
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        fixtures.confirm(register("Anna Amsel", "anna", null, null));
        fixtures.confirm(register("Bernd Buchfink-Schwarzenberger von Hohenlimburg", "bernd.buchfink-schwarzenberger",
                "Stadtverwaltung Wuppertal, Ressort Bürgerbeteiligung und Stadtteilentwicklung",
                "Rollstuhlgerechter Platz und Gebärdensprachdolmetschung"));
        String clara = register("Clara Chlorophyll", "clara", null, null);
        participants.cancel(organizer.principal(), event.id(), fixtures.registration(clara).id(), null);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void the_participant_list_shows_every_person_every_fact_and_every_action_whole(int width, Page page) {
        // WHEN
        organizer.logIn(page);
        page.setViewportSize(width, 900);
        page.navigate("/manage/events/" + event.id() + "/registrations");

        // THEN
        Locator bernd = page.locator("table.ok-participants tbody tr", new Page.LocatorOptions()
                .setHasText("Bernd Buchfink-Schwarzenberger"));
        String name = "Bernd Buchfink-Schwarzenberger von Hohenlimburg";
        assertThat(bernd.getByRole(AriaRole.BUTTON).count()).isEqualTo(1);
        assertThat(bernd.getByRole(AriaRole.BUTTON, named("Platz geben", name)).isVisible()).isTrue();
        assertThat(bernd.getByRole(AriaRole.LINK, named("Stornieren", name)).isVisible()).isTrue();
        assertThat(LayoutChecks.collidingControls(page, "table.ok-participants")).isEmpty();
        assertThat(LayoutChecks.hiddenOrCutOff(page, "table.ok-participants tbody :is(th, td)")).isEmpty();
        assertThat(bernd.innerText()).contains("bernd.buchfink-schwarzenberger", "Stadtverwaltung Wuppertal",
                "Warteliste (Platz 1)", "Rollstuhlgerechter Platz");
        LayoutChecks.assertNoSidewaysScrolling(page);
        LayoutChecks.screenshot(page, "participant-list");
    }

    @ParameterizedTest
    @ValueSource(ints = {375, 320})
    void the_participant_list_and_the_cancel_question_never_scroll_sideways(int width, Page page) {
        // GIVEN
        organizer.logIn(page);
        page.setViewportSize(width, 640);

        // WHEN
        page.navigate("/manage/events/" + event.id() + "/registrations");

        // THEN
        LayoutChecks.assertNoSidewaysScrolling(page);
        page.locator("table.ok-participants tbody tr", new Page.LocatorOptions().setHasText("Bernd"))
                .getByRole(AriaRole.LINK).click();
        page.waitForURL("**/cancel");
        assertThat(page.locator("h1").innerText()).startsWith("Anmeldung von Bernd Buchfink-Schwarzenberger");
        LayoutChecks.assertNoSidewaysScrolling(page);
        assertThat(LayoutChecks.collidingControls(page, "main")).isEmpty();
        LayoutChecks.screenshot(page, "cancel-question");
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void the_editor_with_every_part_unfolded_has_no_control_over_another(int width, Page page) {
        // GIVEN
        organizer.logIn(page);
        page.setViewportSize(width, 900);
        page.navigate("/manage/events/" + event.id() + "/edit");

        // WHEN the organizer opens every folded part
        unfoldAll(page);

        // THEN
        assertThat(page.locator("details.ok-disclosure:not([open])").count()).isZero();
        assertThat(LayoutChecks.collidingControls(page, "form.ok-editor")).isEmpty();
        LayoutChecks.assertNoSidewaysScrolling(page);
        LayoutChecks.screenshot(page, "event-editor");
    }

    @ParameterizedTest
    @ValueSource(ints = {375, 320})
    void the_editor_never_scrolls_sideways(int width, Page page) {
        // GIVEN
        organizer.logIn(page);
        page.setViewportSize(width, 640);

        // WHEN
        page.navigate("/manage/events/new");
        unfoldAll(page);

        // THEN
        LayoutChecks.assertNoSidewaysScrolling(page);
        assertThat(LayoutChecks.collidingControls(page, "form.ok-editor")).isEmpty();
    }

    private static void unfoldAll(Page page) {
        Locator folded = page.locator("details.ok-disclosure:not([open]) > summary");
        while (folded.count() > 0) {
            folded.first().click();
        }
    }

    /** "Stornieren: Anna Amsel", the person's name read out after the visible label (no regex characters in it). */
    private static Locator.GetByRoleOptions named(String action, String person) {
        return new Locator.GetByRoleOptions().setName(Pattern.compile("^" + action + "\\s*: " + person + "$"));
    }

    private String register(String name, String local, String organization, String needs) {
        String email = local + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@stadtverwaltung-wuppertal.example.org";
        transaction.executeWithoutResult(status -> registrations.register(event.id(),
                new RegistrationInput(name, email, organization, null, null, needs, true, Locale.GERMAN, null)));
        return email;
    }
}
