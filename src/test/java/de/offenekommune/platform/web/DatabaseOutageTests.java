package de.offenekommune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.offenekommune.SeparateCopy;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;
import de.offenekommune.event.Event;
import de.offenekommune.pagestore.internal.RenderedPages;
import de.offenekommune.registration.RegistrationFixtures;

/**
 * The database stops while the application runs (the separate copy's own PostgreSQL, stopped as an
 * operator would): nobody waits for it, kept public pages are still served, everything else answers 503
 * with Retry-After, readiness is DOWN; once it is back, everything works again and nothing committed is lost.
 */
class DatabaseOutageTests {

    private static final Duration FAST = Duration.ofSeconds(2);

    @Test
    void while_the_database_is_down_kept_pages_are_served_the_rest_gets_503_and_all_comes_back() {
        // GIVEN a committed registration, and an event page a visitor has seen (and so kept)
        SeparateCopy copy = SeparateCopy.get();
        TestHttp http = copy.http();
        RenderedPages pages = copy.context().getBean(RenderedPages.class);
        RegistrationFixtures fixtures = new RegistrationFixtures(copy.context());
        Event event = fixtures.publishedEvent(fixtures.organizer(), 50);
        String registered = RegistrationFixtures.email("before-outage");
        assertThat(register(http, event, registered).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(pages.isSignalled()).isTrue();
            pages.clear();
            new Visitor(http).get("/events/" + event.slug());
            assertThat(pages.size()).isEqualTo(1);
        });

        try {
            // WHEN the database stops
            copy.stopDatabase();

            // THEN the application soon knows: not ready, yet alive
            await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/readyz", "application/json")
                    .statusCode() == 503);
            assertThat(http.get("/livez", "application/json").statusCode()).isEqualTo(200);

            // AND the kept page is served as before, fast
            HttpResponse<String> kept = timed(() -> new Visitor(http).get("/events/" + event.slug()));
            assertThat(kept.statusCode()).isEqualTo(200);
            assertThat(kept.body()).contains(event.details().title());

            // AND every other page gets the 503 page with Retry-After, in German and English, fast
            HttpResponse<String> form = timed(() -> new Visitor(http).get("/events/" + event.slug() + "/registration"));
            assertThat(form.statusCode()).isEqualTo(503);
            assertThat(form.headers().firstValue("Retry-After")).hasValueSatisfying(value -> assertThat(value).matches("[1-9][0-9]*"));
            assertThat(form.body()).contains("Vorübergehend nicht erreichbar");
            HttpResponse<String> english = timed(() -> http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/events/archive"))
                    .header("Accept", "text/html").header("Accept-Language", "en").build()));
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(english.body()).contains("Temporarily unavailable");

            // AND the API answers problem JSON with Retry-After, fast
            HttpResponse<String> api = timed(() -> register(http, event, RegistrationFixtures.email("during-outage")));
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(api.headers().firstValue("Retry-After")).isPresent();
            assertThat(api.body()).contains("/api#problem-unavailable");
        } finally {
            copy.startDatabase();
        }

        // THEN within 10 seconds of its return, everything works again
        String after = RegistrationFixtures.email("after-outage");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(http.get("/readyz", "application/json").statusCode()).isEqualTo(200);
            assertThat(new Visitor(http).get("/events/" + event.slug() + "/registration").statusCode()).isEqualTo(200);
            assertThat(register(http, event, after).statusCode()).isEqualTo(202);
        });

        // AND what was committed before the outage is still there
        JdbcClient jdbc = copy.context().getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from registration where email in (:before, :after)")
                .param("before", registered).param("after", after).query(Integer.class).single()).isEqualTo(2);
    }

    private static HttpResponse<String> timed(Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
        return response;
    }

    private static HttpResponse<String> register(TestHttp http, Event event, String email) {
        return http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/events/" + event.id() + "/registrations"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "outage-" + email.hashCode() + "-key")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name":"Erika","email":"%s","consent":true}""".formatted(email)))
                .build());
    }
}
