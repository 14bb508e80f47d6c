package de.offenekommune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import de.offenekommune.TestFixtures;
import de.offenekommune.browser.Organizers.Organizer;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventManagement;

@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesAccessibilityTests {

    @Autowired
    TestFixtures fixtures;

    @Autowired
    EventManagement management;

    Event reference;
    Event cancelled;
    String organizerSlug;

    @BeforeAll
    void publishEvents() {
        Organizer organizer = new Organizers(fixtures).create();
        organizerSlug = organizer.organizationSlug();
        reference = publish(organizer, ReferenceEvent.details());
        publish(organizer, ReferenceEvent.upcoming("Offene Kommunen.NRW – das Folgetreffen",
                LocalDate.now().plusDays(30).atTime(LocalTime.of(9, 30))));
        cancelled = publish(organizer, ReferenceEvent.upcoming("Offene Kommunen.NRW – Werkstatt",
                LocalDate.now().plusDays(40).atTime(LocalTime.of(14, 0))));
        cancelled = management.cancel(organizer.principal(), cancelled.id(), "Die Referentin ist erkrankt.");
    }

    private Event publish(Organizer organizer, EventDetails details) {
        return fixtures.published(organizer.principal(), organizer.organization(), details);
    }

    @Test
    void start_page_in_german_has_no_accessibility_violations(Page page) {
        // WHEN
        page.navigate("/");

        // THEN
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");
        assertThat(page.locator("h1").innerText()).isEqualTo("Kommende Veranstaltungen");
        // Other tests share the database, so the first twelve upcoming events may be theirs.
        assertThat(page.locator(".ok-event-list > li").count()).isPositive();
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void start_page_in_english_has_no_accessibility_violations(Page page) {
        // WHEN
        page.navigate("/?lang=en");

        // THEN
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void reference_event_page_in_german_has_no_accessibility_violations(Page page) {
        // WHEN
        page.navigate("/events/" + reference.slug());

        // THEN
        assertThat(page.locator("h1").innerText()).isEqualTo(ReferenceEvent.TITLE);
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void reference_event_page_in_english_has_no_accessibility_violations(Page page) {
        // WHEN
        page.navigate("/events/" + reference.slug() + "?lang=en");

        // THEN
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.locator("h1").innerText()).isEqualTo(ReferenceEvent.TITLE);
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void archive_has_no_accessibility_violations(Page page) {
        // WHEN: other tests share the database and fill the archive with their own past events
        page.navigate("/events/archive?organizer=" + organizerSlug);

        // THEN
        assertThat(page.locator("h1").innerText()).isEqualTo("Archiv");
        assertThat(page.getByText(ReferenceEvent.TITLE).first().isVisible()).isTrue();
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void cancelled_event_page_has_no_accessibility_violations(Page page) {
        // WHEN
        page.navigate("/events/" + cancelled.slug());

        // THEN
        assertThat(page.getByRole(AriaRole.ALERT).innerText())
                .contains("Diese Veranstaltung wurde abgesagt.", "Die Referentin ist erkrankt.");
        AccessibilityAudit.assertNoViolations(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/impressum", "/datenschutz", "/barrierefreiheit", "/api", "/impressum?lang=en",
            "/leichte-sprache", "/leichte-sprache?lang=en", "/barrierefreiheit/melden?seite=/events",
            "/barrierefreiheit?lang=en"})
    void site_pages_have_no_accessibility_violations(String path, Page page) {
        // WHEN
        Response response = page.navigate(path);

        // THEN
        assertThat(response.status()).isEqualTo(200);
        AccessibilityAudit.assertNoViolations(page);
    }

    @Test
    void page_not_found_has_no_accessibility_violations(Page page) {
        // WHEN
        Response response = page.navigate("/events/gibt-es-nicht");

        // THEN
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1").innerText()).isEqualTo("Seite nicht gefunden");
        AccessibilityAudit.assertNoViolations(page);
    }
}
