package de.offenekommune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.EventDetailsBuilder;
import de.offenekommune.IntegrationTest;
import de.offenekommune.TestFixtures;
import de.offenekommune.TestFixtures.TestUser;
import de.offenekommune.TestHttp;
import de.offenekommune.account.Organization;
import de.offenekommune.event.Event;

/**
 * HEAD answers like GET without the body (RFC 9110, 9.3.2) on every public address: pages, feeds,
 * exports, API reads and the embeddable list. Link checkers, feed readers and caches ask with HEAD first.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadRequestTests {

    /** The headers a client learns from HEAD instead of GET. */
    private static final List<String> HEADERS = List.of("Content-Type", "Content-Length", "Content-Language",
            "Content-Disposition", "ETag", "Last-Modified", "Cache-Control", "Access-Control-Allow-Origin");

    @Autowired
    TestHttp http;
    @Autowired
    TestFixtures fixtures;

    Event event;
    Organization organization;

    @BeforeAll
    void published_event() {
        organization = fixtures.organization();
        TestUser organizer = fixtures.organizer(organization);
        event = fixtures.published(organizer, organization, EventDetailsBuilder.workshop("Bürgerwerkstatt " + TestFixtures.unique(),
                LocalDateTime.now().plusDays(20).withSecond(0).withNano(0)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/events", "/events/archive", "/events/calendar", "/events/{slug}",
            "/events/{slug}?lang=en", "/events/{slug}/registration", "/events/{slug}/comments", "/municipalities",
            "/organizations/{organization}", "/impressum", "/datenschutz", "/barrierefreiheit", "/login", "/api",
            "/open-data", "/embed", "/events/{slug}.ics", "/events.ics", "/events.atom",
            "/open-data/events.csv", "/open-data/events.json", "/open-data/events.schema.json",
            "/open-data/catalog.rdf", "/api/v1/events", "/api/v1/events/{id}", "/api/v1/events/{id}/registration",
            "/api/v1/events/{id}/comments", "/api/v1/openapi.json", "/embed/events", "/embed/events?limit=3",
            "/css/app.css", "/events/no-such-event"})
    void head_answers_like_get_without_a_body(String template) {
        // GIVEN
        String path = template.replace("{slug}", event.slug()).replace("{id}", event.id().toString())
                .replace("{organization}", organization.slug());
        HttpResponse<String> get = http.send(request(path).GET().build());

        // WHEN
        HttpResponse<String> head = http.send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        // THEN
        assertThat(head.statusCode()).as("status of HEAD %s", path).isEqualTo(get.statusCode());
        for (String header : HEADERS) {
            Optional<String> expected = get.headers().firstValue(header);
            if (expected.isPresent()) {
                assertThat(head.headers().firstValue(header)).as("%s of HEAD %s", header, path).isEqualTo(expected);
            }
        }
        assertThat(get.headers().firstValue("Content-Type")).as("GET %s has a type", path).isPresent();
        assertThat(head.body()).as("body of HEAD %s", path).isEmpty();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(http.baseUrl() + path)).header("Accept-Language", "de");
    }
}
