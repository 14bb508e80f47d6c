package de.offenekommune.pagestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestHttp;
import de.offenekommune.Visitor;
import de.offenekommune.event.Event;
import de.offenekommune.pagestore.internal.PublicChangeListener;
import de.offenekommune.pagestore.internal.RenderedPage;
import de.offenekommune.pagestore.internal.RenderedPages;
import de.offenekommune.registration.RegistrationFixtures;

/**
 * Two application copies on one database: the store of a second copy (its own store and listener on the
 * same PostgreSQL) is emptied when this copy commits a change to what public pages show.
 */
@IntegrationTest
class InvalidationAcrossCopiesTests {

    @Autowired
    TestHttp http;
    @Autowired
    RenderedPages pages;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationContext context;

    RenderedPages otherPages;
    PublicChangeListener otherListener;

    @BeforeEach
    void a_second_copy_listening_on_the_same_database() {
        otherPages = new RenderedPages(Clock.systemUTC(), 1 << 20);
        otherListener = new PublicChangeListener(dataSource, otherPages);
        otherListener.start();
        await().atMost(Duration.ofSeconds(30)).until(otherPages::isSignalled);
        await().atMost(Duration.ofSeconds(30)).until(pages::isSignalled);
    }

    @AfterEach
    void stop_the_second_copy() {
        otherListener.stop();
    }

    @Test
    void a_registration_in_this_copy_empties_the_store_of_the_other_copy() {
        // GIVEN an event page kept in both copies
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        Event event = fixtures.publishedEvent(fixtures.organizer(), 10);
        String path = "/events/" + event.slug();
        RenderedPage page = RenderedPage.of(List.of(), "<p>Noch 10 von 10 Plätzen frei.</p>".getBytes(StandardCharsets.UTF_8),
                "okcsrf0123456789", null);
        // The signals of the commits that made the test data arrive asynchronously and may empty the stores
        // once more: then the pages are kept again.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            try (RenderedPages.Visit visit = otherPages.visit(path)) {
                visit.keep(page);
            }
            pages.clear();
            new Visitor(http).get(path);
            assertThat(otherPages.findStale(path)).isSameAs(page);
            assertThat(pages.size()).isEqualTo(1);
        });

        // WHEN someone registers through this copy
        int status = http.send(HttpRequest.newBuilder(URI.create(http.baseUrl() + "/api/v1/events/" + event.id() + "/registrations"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "copies-" + event.id() + "-key")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name":"Erika","email":"%s","consent":true}""".formatted(RegistrationFixtures.email("copies"))))
                .build()).statusCode();

        // THEN this copy forgot its pages before answering, and the other copy hears of it through PostgreSQL
        assertThat(status).isEqualTo(202);
        assertThat(pages.findStale(path)).isNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> otherPages.findStale(path) == null);
        assertThat(otherPages.size()).isZero();
    }
}
