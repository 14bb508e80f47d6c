package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.TestFixtures;
import de.offenekommune.browser.Organizers.Organizer;
import de.offenekommune.event.Event;
import de.offenekommune.registration.internal.ParticipantManagement;

/**
 * The organizer's busiest pages as a person sees them on a desktop (1280 px), a phone (375 px) and a
 * small phone (320 px): the participant list with long names and addresses, and the event editor with
 * every part unfolded. No control lies over another or is cut off, and no page scrolls sideways.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizerLayoutTests {

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ParticipantManagement management;
    @Autowired
    ApplicationContext context;

    Organizer organizer;
    Event event;

    /** One place: Anna holds it, Bernd (long name, long address, needs) waits, Clara cancelled. */
    @BeforeAll
    void event_with_participants() {
        organizer = new Organizers(fixtures).create();
        Participants participants = new Participants(context);
        event = participants.upcomingEvent(organizer, 1);
        participants.confirmed(event, "Anna Amsel", null, null);
        participants.confirmed(event, "Bernd Buchfink-Schwarzenberger von Hohenlimburg",
                "Stadtverwaltung Wuppertal, Ressort Bürgerbeteiligung und Stadtteilentwicklung",
                "Rollstuhlgerechter Platz und Gebärdensprachdolmetschung");
        String clara = participants.confirmed(event, "Clara Chlorophyll", null, null);
        management.cancel(organizer.principal(), event.id(), participants.registration(clara).id(), null);
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
        assertThat(bernd.innerText()).contains("bernd.buchfink.schwarzenberger.von.hohenlimburg-", "Stadtverwaltung Wuppertal",
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
        LayoutChecks.unfoldEverything(page);

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
        LayoutChecks.unfoldEverything(page);

        // THEN
        LayoutChecks.assertNoSidewaysScrolling(page);
        assertThat(LayoutChecks.collidingControls(page, "form.ok-editor")).isEmpty();
    }

    /** "Stornieren: Anna Amsel", the person's name read out after the visible label (no regex characters in it). */
    private static Locator.GetByRoleOptions named(String action, String person) {
        return new Locator.GetByRoleOptions().setName(Pattern.compile("^" + action + "\\s*: " + person + "$"));
    }
}
