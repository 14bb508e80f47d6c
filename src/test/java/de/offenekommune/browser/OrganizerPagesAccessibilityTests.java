package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.TestFixtures;
import de.offenekommune.account.Organizations;
import de.offenekommune.browser.Organizers.Organizer;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventManagement;
import de.offenekommune.registration.Registration;

@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizerPagesAccessibilityTests {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    TestFixtures fixtures;

    @Autowired
    EventManagement management;

    @Autowired
    Organizations organizations;

    @Autowired
    ApplicationContext context;

    Organizer organizer;
    Organizer administrator;
    Event published;
    Event draft;
    Event upcoming;
    Registration anna;

    @BeforeAll
    void createOrganizerWithEvents() {
        Organizers organizers = new Organizers(fixtures);
        organizer = organizers.create();
        administrator = organizers.createAdministrator();
        published = fixtures.published(organizer.principal(), organizer.organization(), ReferenceEvent.details());
        draft = fixtures.draft(organizer.principal(), organizer.organization(), ReferenceEvent.details("Offene Kommunen.NRW 2014 (Entwurf)"));
        Participants participants = new Participants(context);
        upcoming = participants.upcomingEvent(organizer, 1);
        anna = participants.registration(participants.confirmed(upcoming, "Anna Amsel", "Stadtteilverein Ölberg", null));
        participants.confirmed(upcoming, "Bernd Buchfink", "Stadtteilverein Ölberg", null);
    }

    @Test
    void login_page_has_no_accessibility_violations(Page page) {
        // WHEN
        page.navigate("/login");

        // THEN
        assertThat(page.locator("h1").innerText()).isEqualTo("Login für Veranstaltende");
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void login_page_after_a_wrong_password_has_no_accessibility_violations(Page page) {
        // GIVEN
        page.navigate("/login");
        page.getByLabel("E-Mail-Adresse").fill(organizer.email());
        page.getByLabel("Passwort").fill("falsches-passwort-123");

        // WHEN
        Response response = page.waitForResponse("**/login", submit(page));

        // THEN
        assertThat(response.status()).isEqualTo(401);
        assertThat(page.getByRole(AriaRole.ALERT).innerText()).contains("E-Mail-Adresse oder Passwort sind nicht richtig.");
        assertThat(page.getByLabel("E-Mail-Adresse").inputValue()).isEqualTo(organizer.email());
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void empty_event_editor_has_no_accessibility_violations(Page page) {
        // GIVEN
        organizer.logIn(page);

        // WHEN
        page.navigate("/manage/events/new");

        // THEN
        assertThat(page.locator("h1").innerText()).isEqualTo("Neue Veranstaltung");
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void event_editor_showing_errors_has_no_accessibility_violations(Page page) {
        // GIVEN
        organizer.logIn(page);
        page.navigate("/manage/events/new");
        page.getByLabel("Titel", EXACT).fill("Nur ein Titel");

        // WHEN
        Response response = page.waitForResponse("**/manage/events/new", submit(page));

        // THEN
        assertThat(response.status()).isEqualTo(422);
        assertThat(page.locator("#error-summary").innerText()).contains("Bitte korrigieren Sie folgende Angaben");
        assertThat(page.getByLabel("Titel", EXACT).inputValue()).isEqualTo("Nur ein Titel");
        assertThat(page.locator("[aria-invalid=true]").count()).isGreaterThan(3);
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void organizers_event_list_has_no_accessibility_violations(Page page) {
        // WHEN
        organizer.logIn(page);

        // THEN
        assertThat(page.locator("h1").innerText()).isEqualTo("Meine Veranstaltungen");
        assertThat(page.getByRole(AriaRole.TABLE).innerText()).contains(ReferenceEvent.TITLE, "Entwurf");
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void overview_of_a_published_event_has_no_accessibility_violations(Page page) {
        // GIVEN
        organizer.logIn(page);

        // WHEN
        page.navigate("/manage/events/" + published.id());

        // THEN
        assertThat(page.locator("h1").innerText()).isEqualTo(ReferenceEvent.TITLE);
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void overview_of_a_draft_has_no_accessibility_violations(Page page) {
        // GIVEN
        organizer.logIn(page);

        // WHEN
        page.navigate("/manage/events/" + draft.id());

        // THEN
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veröffentlichen")).isVisible()).isTrue();
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void preview_of_a_draft_has_no_accessibility_violations(Page page) {
        // GIVEN
        organizer.logIn(page);

        // WHEN
        page.navigate("/manage/events/" + draft.id() + "/preview");

        // THEN
        assertThat(page.locator("h1").innerText()).isEqualTo("Offene Kommunen.NRW 2014 (Entwurf)");
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void cancel_confirmation_showing_an_error_has_no_accessibility_violations(Page page) {
        // GIVEN
        organizer.logIn(page);
        page.navigate("/manage/events/" + published.id() + "/cancel");
        AccessibilityAudit.assertNoViolations(page);

        // WHEN the reason is left empty
        Response response = page.waitForResponse("**/cancel", submit(page));

        // THEN
        assertThat(response.status()).isEqualTo(422);
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void event_editor_with_every_part_unfolded_has_no_accessibility_violations(Page page) {
        // GIVEN
        organizer.logIn(page);
        page.navigate("/manage/events/" + published.id() + "/edit");

        // WHEN
        LayoutChecks.unfoldEverything(page);

        // THEN
        AccessibilityAudit.assertNoViolations(page);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void participant_list_has_no_accessibility_violations(int width, Page page) {
        // GIVEN
        organizer.logIn(page);
        page.setViewportSize(width, 900);

        // WHEN
        page.navigate("/manage/events/" + upcoming.id() + "/registrations");

        // THEN
        assertThat(page.getByRole(AriaRole.ROWHEADER).allInnerTexts()).contains("Anna Amsel", "Bernd Buchfink");
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void cancel_question_for_a_participant_and_its_error_have_no_accessibility_violations(Page page) {
        // GIVEN
        organizer.logIn(page);
        page.navigate("/manage/events/" + upcoming.id() + "/registrations/" + anna.id() + "/cancel");
        assertThat(page.locator("h1").innerText()).isEqualTo("Anmeldung von Anna Amsel stornieren?");
        AccessibilityAudit.assertNoViolations(page);

        // WHEN the message is too long
        page.getByLabel("Nachricht an Anna Amsel (optional)").fill("Zu lang. ".repeat(300));
        Response response = page.waitForResponse("**/cancel", submit(page));

        // THEN
        assertThat(response.status()).isEqualTo(422);
        assertThat(page.locator("#error-summary").isVisible()).isTrue();
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void municipality_register_showing_an_error_has_no_accessibility_violations(Page page) {
        // GIVEN
        administrator.logIn(page);
        page.navigate("/admin/municipalities");
        page.getByLabel("Name", EXACT).fill("Wuppertal");
        page.getByLabel("Amtlicher Gemeindeschlüssel (AGS)").fill("0512400");

        // WHEN
        Response response = page.waitForResponse("**/admin/municipalities", submit(page));

        // THEN
        assertThat(response.status()).isEqualTo(422);
        assertThat(page.locator("#error-summary a").allInnerTexts()).hasSize(2);
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void account_page_has_no_accessibility_violations(Page page) {
        // GIVEN
        organizer.logIn(page);

        // WHEN
        Response response = page.navigate("/account");

        // THEN
        assertThat(response.status()).isEqualTo(200);
        AccessibilityAudit.assertNoViolations(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/organizations", "/admin/municipalities", "/admin/users",
            "/admin/invitations/new", "/admin/pages",
            "/admin/pages/impressum/de", "/admin/pages/leichte-sprache/de", "/admin/barrier-reports"})
    void administration_pages_have_no_accessibility_violations(String path, Page page) {
        // GIVEN
        administrator.logIn(page);

        // WHEN
        Response response = page.navigate(path);

        // THEN
        assertThat(response.status()).isEqualTo(200);
        AccessibilityAudit.assertNoViolations(page);
    }

    private static Runnable submit(Page page) {
        return () -> page.getByRole(AriaRole.MAIN).locator("button[type=submit]").click();
    }
}
