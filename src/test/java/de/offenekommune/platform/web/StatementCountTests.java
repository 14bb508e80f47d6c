package de.offenekommune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;
import de.offenekommune.StatementCounter;
import de.offenekommune.event.Event;
import de.offenekommune.pagestore.internal.RenderedPages;
import de.offenekommune.registration.RegistrationFixtures;

/**
 * The public pages cost a fixed number of SQL statements, however many events they show (no query per
 * event), when rendered afresh; and none when they come from {@link RenderedPages}.
 */
@IntegrationTest
class StatementCountTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    StatementCounter statements;
    @Autowired
    RenderedPages pages;
    @Autowired
    ApplicationContext context;

    Event event;

    @BeforeEach
    void more_events_than_a_page_shows() {
        RegistrationFixtures fixtures = new RegistrationFixtures(context);
        RegistrationFixtures.Organizer organizer = fixtures.organizer();
        IntStream.range(0, 13).forEach(i -> fixtures.publishedEvent(organizer, 10));
        event = fixtures.publishedEvent(organizer, 10);
    }

    @Test
    void the_start_page_listing_api_and_event_page_need_a_fixed_number_of_statements() throws Exception {
        // the cards' images of the whole page are one statement, not one per card
        assertThat(statementsFor("/", MediaType.TEXT_HTML)).isBetween(1, 5);
        // with more than a page of matches, the planner's estimate of their number (a count only where it is small)
        assertThat(statementsFor("/events?topic=CLIMATE", MediaType.TEXT_HTML)).isBetween(1, 7);
        assertThat(statementsFor("/events", MediaType.TEXT_HTML)).isBetween(1, 8);
        assertThat(statementsFor("/api/v1/events", MediaType.APPLICATION_JSON)).isBetween(1, 6);
        // the event with its links, the organizer, for the registration box seats, waitlist and options,
        // for the discussion its mode, threads, their replies and the count, the image (once for the page, Open
        // Graph and JSON-LD), the programme's rooms, speakers and sessions (once for its section and the JSON-LD)
        // (the registration form's workshops included), the documents, the questions on the registration form,
        // and the barcamp's call and proposals
        assertThat(statementsFor("/events/" + event.slug(), MediaType.TEXT_HTML)).isBetween(1, 19);
    }

    @Test
    void a_kept_page_needs_no_statement() {
        // The signals of the commits that made the test data arrive asynchronously and may empty the
        // store between the two requests once more: then both are tried again.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            statementsFor("/", MediaType.TEXT_HTML);
            statements.reset();
            mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
            assertThat(statements.count()).isZero();
        });
    }

    /** Statements of one request rendered afresh. */
    private int statementsFor(String path, MediaType accept) throws Exception {
        pages.clear();
        statements.reset();
        mvc.perform(get(path).accept(accept)).andExpect(status().isOk());
        int count = statements.count();
        System.out.printf("%s: %d SQL statements%n", path, count);
        statements.statements().forEach(sql -> System.out.println("  " + sql));
        return count;
    }
}
