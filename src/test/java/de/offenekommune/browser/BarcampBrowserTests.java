package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Page;

import de.offenekommune.TestFixtures;
import de.offenekommune.TestHttp;
import de.offenekommune.barcamp.BarcampPlanning;
import de.offenekommune.barcamp.internal.BarcampSubmissions;
import de.offenekommune.barcamp.Proposal;
import de.offenekommune.barcamp.ProposalFormat;
import de.offenekommune.barcamp.ProposalInput;
import de.offenekommune.barcamp.internal.ProposalState;
import de.offenekommune.barcamp.internal.Proposals;
import de.offenekommune.comment.FormStamps;
import de.offenekommune.event.Event;
import de.offenekommune.platform.Violations;
import de.offenekommune.programme.ProgrammeManagement;
import de.offenekommune.programme.SessionDraft;
import de.offenekommune.programme.SessionKind;
import de.offenekommune.registration.RegistrationFixtures;

/**
 * The barcamp as people use it: a guest proposes a session with the keyboard alone on a phone, mistakes
 * first; the organizer places an approved proposal into the grid with the keyboard alone. No barrier
 * axe-core finds, nothing sideways at 320 px.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BarcampBrowserTests {

    @Autowired
    TestFixtures fixtures;

    @Autowired
    ApplicationContext context;
    @Autowired
    TestHttp http;
    @Autowired
    ProgrammeManagement programme;
    @Autowired
    BarcampPlanning planning;
    @Autowired
    BarcampSubmissions submissions;
    @Autowired
    Proposals proposals;
    @Autowired
    FormStamps stamps;

    Organizers.Organizer organizer;
    Event event;
    Proposal approved;

    @BeforeAll
    void an_upcoming_workshop_with_a_barcamp_slot_and_an_approved_proposal() {
        organizer = new Organizers(fixtures).create();
        event = new Participants(context).upcomingEvent(organizer, 50);
        var aula = programme.saveRoom(organizer.principal(), event.id(), null, "Aula", 200, true, new Violations());
        programme.saveRoom(organizer.principal(), event.id(), null, "Raum A 1.12", 30, true, new Violations());
        LocalDateTime start = event.details().schedule().localStart().toLocalDateTime().plusHours(1);
        programme.saveSession(organizer.principal(), event.id(), null, new SessionDraft("Barcamp-Runde", null,
                SessionKind.BARCAMP, start, start.plusHours(1), aula.id(), "de", false, false, List.of()),
                new Violations());
        planning.open(organizer.principal(), event.id(), true);
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        String email = RegistrationFixtures.email("kim");
        RegistrationFixtures.registerThroughApi(http, event, "Kim Beispiel", email);
        Proposal proposal = submissions.propose(submissions.participant(fixtures.confirm(email)),
                new ProposalInput("Offene Ratsinformationen", "Wie kommen Vorlagen und Beschlüsse ins Netz?",
                        ProposalFormat.DISCUSSION, "Kim", null), "10.9.9.9", Locale.GERMAN);
        approved = planning.approve(organizer.principal(), event.id(), proposal.id());
    }

    @Test
    void a_guest_proposes_a_session_with_the_keyboard_alone_on_a_phone(Page page) {
        page.setViewportSize(320, 700);
        page.navigate("/events/" + event.slug() + "/barcamp");
        LayoutChecks.assertNoSidewaysScrolling(page);
        page.setViewportSize(375, 800);
        AccessibilityAudit.assertNoViolations(page);
        KeyboardUser keyboard = new KeyboardUser(page);

        // WHEN the guest sends the form with only a title
        keyboard.tabTo(page.locator("#title"));
        keyboard.type("Beteiligung im Quartier");
        sendWithStamp(keyboard, page);

        // THEN it comes back with the problems, the title kept, and no barrier
        assertThat(page.locator("#title").inputValue()).isEqualTo("Beteiligung im Quartier");
        assertThat(page.locator("#error-summary").innerText())
                .contains("Format", "Worum geht es?", "E-Mail-Adresse");
        AccessibilityAudit.assertNoViolations(page);

        // WHEN the guest completes it
        keyboard.tabTo(page.locator("#format"));
        keyboard.type("Workshop");
        keyboard.tabTo(page.locator("#description"));
        keyboard.type("Wie beteiligen wir Menschen, die sonst nicht kommen?");
        keyboard.tabTo(page.locator("#name"));
        keyboard.type("Julia");
        keyboard.tabTo(page.locator("#email"));
        keyboard.type(RegistrationFixtures.email("julia"));
        sendWithStamp(keyboard, page);

        // THEN the proposal waits for the confirmation of the address
        assertThat(page.locator("h1").innerText()).isEqualTo("Bitte bestätigen Sie Ihren Vorschlag");
        assertThat(proposals.ranked(event.id(), List.of(ProposalState.values())))
                .filteredOn(ranked -> ranked.proposal().title().equals("Beteiligung im Quartier"))
                .singleElement().satisfies(ranked -> assertThat(ranked.proposal().state())
                        .isEqualTo(ProposalState.PENDING_CONFIRMATION));
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void the_organizer_places_a_proposal_into_the_grid_with_the_keyboard_alone(Page page) {
        organizer.logIn(page);
        page.setViewportSize(375, 800);
        page.navigate("/manage/events/" + event.id() + "/barcamp");
        AccessibilityAudit.assertNoViolations(page);
        Screenshots.of(page, "barcamp-planning");
        KeyboardUser keyboard = new KeyboardUser(page);

        keyboard.tabTo(page.locator("#cell-" + approved.id()));
        keyboard.press("ArrowDown");
        keyboard.tabTo(page.locator("form[action$='/" + approved.id() + "/place'] button[type=submit]"));
        keyboard.pressAndWaitForNextPage("Enter");

        Proposal placed = proposals.find(approved.id()).orElseThrow();
        assertThat(placed.state()).isEqualTo(ProposalState.PLACED);
        assertThat(page.locator("section[aria-labelledby=grid] table").innerText())
                .contains("Offene Ratsinformationen");
        AccessibilityAudit.assertNoViolations(page);
        page.setViewportSize(320, 700);
        LayoutChecks.assertNoSidewaysScrolling(page);
    }

    /** People take longer than the minimum fill time; the test says so instead of waiting. */
    private void sendWithStamp(KeyboardUser keyboard, Page page) {
        page.locator("input[name=stamp]").evaluate("(input, stamp) => input.value = stamp",
                stamps.issue(event.id(), Instant.now().minusSeconds(60)));
        keyboard.tabTo(page.locator("form.ok-form button[type=submit]"));
        keyboard.pressAndWaitForNextPage("Enter");
    }
}
