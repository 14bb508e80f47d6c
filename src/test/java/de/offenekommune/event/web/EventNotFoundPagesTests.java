package de.offenekommune.event.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;

/**
 * An event that is not there, on every HTML page of an event and in the API: the platform's 404 page for
 * a browser, RFC 9457 problem JSON for the API, never a stack trace and never a page of the other kind.
 */
@IntegrationTest
class EventNotFoundPagesTests {

    private static final String MISSING = UUID.randomUUID().toString();
    private static final String REGISTRATION = UUID.randomUUID().toString();

    @Autowired
    TestFixtures fixtures;

    @Autowired
    TestHttp http;

    private Visitor organizer;

    @BeforeEach
    void anOrganizerInTheBrowser() {
        TestUser user = fixtures.organizer(fixtures.organization());
        organizer = new Visitor(http);
        organizer.login(user.email(), user.password());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/manage/events/{event}/edit",
            "/manage/events/{event}/programme",
            "/manage/events/{event}/registrations",
            "/manage/events/{event}/registrations/questions",
            "/manage/events/{event}/registrations/{registration}/cancel",
            "/manage/events/{event}/registrations/{registration}/decide",
            "/manage/events/{event}/check-in",
            "/events/gibt-es-nicht-{event}/registration"})
    void a_missing_event_gets_the_platforms_404_page(String page) {
        // WHEN
        HttpResponse<String> response = organizer.get(address(page));

        // THEN
        assertNotFoundPage(response);
    }

    @Test
    void a_form_sent_for_a_missing_event_gets_the_platforms_404_page() {
        // WHEN the certificate settings of an event that is not there are sent
        HttpResponse<String> response = organizer.submit("/manage/events",
                address("/manage/events/{event}/registrations/settings/certificate"), Map.of("enabled", "true"));

        // THEN
        assertNotFoundPage(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/programme", "/registration"})
    void the_api_answers_a_missing_event_with_problem_json(String resource) {
        // WHEN
        HttpResponse<String> response = http.get("/api/v1/events/" + MISSING + resource, "application/json");

        // THEN
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404").contains("#problem-not-found")
                .doesNotContain("<html").doesNotContain("Exception");
    }

    private static String address(String page) {
        return page.replace("{event}", MISSING).replace("{registration}", REGISTRATION);
    }

    private static void assertNotFoundPage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Seite nicht gefunden");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain(MISSING + " for this user");
    }
}
