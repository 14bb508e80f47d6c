package de.offenekommune.event.web;

import static de.offenekommune.EventDetailsBuilder.workshop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.Schedule;

/**
 * Start page, upcoming list and archive. The events here began 300 days ago and run until tomorrow, so
 * that they come first among the upcoming ones whatever other tests left; they are removed afterwards.
 */
@IntegrationTest
class EventPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestHttp http;

    @Autowired
    TestFixtures fixtures;

    @Autowired
    EventManagement management;

    private Organization organization;
    private TestUser organizer;
    private final List<Event> created = new ArrayList<>();

    @BeforeEach
    void anOrganizer() {
        organization = fixtures.organization();
        organizer = fixtures.organizer(organization);
    }

    @AfterEach
    void removeEvents() {
        created.forEach(event -> management.delete(organizer.principal(), event.id()));
    }

    private Event running(String title, String state) {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Berlin"));
        var details = workshop(title, now).schedule(Schedule.timed(now.minusDays(300), now.plusDays(1),
                Schedule.DEFAULT_ZONE)).build();
        Event event = switch (state) {
            case "draft" -> fixtures.draft(organizer, organization, details);
            case "cancelled" -> fixtures.cancelled(organizer, organization, details, "Fällt aus.");
            default -> fixtures.published(organizer, organization, details);
        };
        created.add(event);
        return event;
    }

    private Document page(String path) throws Exception {
        return EventEditorTests.page(mvc, path);
    }

    private static Element card(Document page, Event event) {
        Element link = page.selectFirst(".ok-event-card a[href=/events/" + event.slug() + "]");
        return link == null ? null : link.closest(".ok-event-card");
    }

    @Test
    void the_start_page_lists_published_events_and_marks_cancelled_ones_but_never_drafts() throws Exception {
        Event published = running(TestFixtures.unique("Offen"), "published");
        Event cancelled = running(TestFixtures.unique("Abgesagt"), "cancelled");
        Event draft = running(TestFixtures.unique("Entwurf"), "draft");

        for (String path : List.of("/", "/events")) {
            Document page = page(path);
            assertThat(card(page, published)).as("published on %s", path).isNotNull();
            assertThat(card(page, published).text()).doesNotContain("Abgesagt").contains(organization.name());
            assertThat(card(page, cancelled)).as("cancelled on %s", path).isNotNull();
            assertThat(card(page, cancelled).select("strong").text()).isEqualTo("Abgesagt");
            assertThat(card(page, draft)).as("draft on %s", path).isNull();
            assertThat(page.text()).doesNotContain(draft.details().title());
        }
    }

    @Test
    void the_archive_lists_past_events_with_the_past_badge_and_not_running_ones() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Berlin"));
        Event past = fixtures.published(organizer, organization, workshop(TestFixtures.unique("Vorbei"), now.minusHours(3))
                .schedule(Schedule.timed(now.minusMinutes(3), now.minusMinutes(2), Schedule.DEFAULT_ZONE)).build());
        created.add(past);
        Event running = running(TestFixtures.unique("Läuft"), "published");

        Document archive = page("/events/archive");

        assertThat(card(archive, past)).isNotNull();
        assertThat(card(archive, past).text()).contains("Vergangen");
        assertThat(card(archive, running)).isNull();
        assertThat(card(page("/events"), past)).isNull();
        assertThat(archive.select("h1").text()).isEqualTo("Archiv");
    }

    @Test
    void a_page_number_that_is_no_number_is_explained_on_the_listing_itself() {
        HttpResponse<String> response = http.get("/events?page=abc&type=WORKSHOP", "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Alle kommenden Veranstaltungen");
        assertThat(page.select(".kern-error-summary, [role=alert]").text())
                .contains("Diese Seite gibt es nicht. Bitte wählen Sie eine Seite zwischen 1 und 500");
        assertThat(page.select("input[name=type][checked]").eachAttr("value")).as("the filters are kept").containsExactly("WORKSHOP");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("NumberFormat");
    }

    @Test
    void machines_get_problem_json_for_a_bad_page_number() {
        HttpResponse<String> response = http.get("/api/v1/events?scope=past&page=abc", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"page\"");
    }

    @Test
    void negative_and_zero_page_numbers_are_refused_with_an_explanation() {
        for (String number : List.of("-5", "0")) {
            HttpResponse<String> response = http.get("/events?page=" + number, "text/html");

            assertThat(response.statusCode()).as("page %s", number).isEqualTo(400);
            Document page = Jsoup.parse(response.body());
            assertThat(page.text()).as("page %s", number).contains("Diese Seite gibt es nicht.");
            assertThat(page.select("title").text()).doesNotContain("Seite " + number);
        }
    }

    @Test
    void a_page_beyond_the_last_is_empty_and_leads_back_to_the_first() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Berlin"));
        created.add(fixtures.published(organizer, organization, workshop(TestFixtures.unique("Vorbei"), now.minusDays(3))
                .schedule(Schedule.timed(now.minusDays(3), now.minusDays(3).plusHours(2), Schedule.DEFAULT_ZONE)).build()));

        Document page = page("/events/archive?page=500");

        assertThat(page.select(".ok-event-card")).isEmpty();
        assertThat(page.text()).contains("Auf dieser Seite gibt es keine Veranstaltungen mehr.");
        assertThat(page.select("a:contains(Zur ersten Seite)").attr("href")).isEqualTo("/events/archive");
    }

    @Test
    void an_unknown_event_is_not_found() throws Exception {
        mvc.perform(get("/events/" + TestFixtures.unique("gibt-es-nicht")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        HttpResponse<String> response = http.get("/events/" + TestFixtures.unique("gibt-es-nicht"), "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Seite nicht gefunden");
    }
}
