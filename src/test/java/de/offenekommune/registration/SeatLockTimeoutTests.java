package de.offenekommune.registration;

import static de.offenekommune.FormTokens.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.registration.internal.RegistrationProperties;

/**
 * A seat lock held elsewhere (a stuck transaction, an operator in psql) makes registrations for that event
 * wait at most {@code ok.registration.lock-timeout}; then they get 503 with Retry-After, nothing written,
 * the form as typed. Other events go on meanwhile.
 */
@IntegrationTest
class SeatLockTimeoutTests {

    /** Time for everything around the wait on a loaded machine. */
    private static final Duration SLACK = Duration.ofSeconds(4);

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistrationProperties properties;

    RegistrationFixtures fixtures;
    Event held;

    @BeforeEach
    void an_event_whose_seat_lock_someone_else_will_hold() {
        fixtures = new RegistrationFixtures(context);
        held = fixtures.publishedEvent(fixtures.organizer(), 20);
    }

    @Test
    void the_form_gets_503_with_its_input_kept_and_nothing_written_while_other_events_go_on() throws Exception {
        // GIVEN another event open for registration, and the seat lock of the first held by another connection
        Event other = fixtures.publishedEvent(fixtures.organizer(), 20);
        String email = RegistrationFixtures.email("locked-out");
        String nonce = UUID.randomUUID().toString();
        try (SeatLock lock = new SeatLock(context, held)) {

            // WHEN a person sends the form of the locked event
            long start = System.nanoTime();
            CompletableFuture<MockHttpServletResponse> form = CompletableFuture.supplyAsync(() -> send(form(email, nonce)));

            // THEN a registration for the other event completes while the first still waits for the lock
            String otherEmail = RegistrationFixtures.email("meanwhile");
            assertThat(send(api(other, otherEmail)).getStatus()).isEqualTo(202);
            assertThat(form).isNotDone();
            assertThat(count(other)).isEqualTo(1);

            // AND the form comes back with 503, Retry-After and what was typed, within the lock timeout
            MockHttpServletResponse response = form.get(30, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).matches("[1-9][0-9]*");
            assertThat(response.getContentAsString()).contains("noch nicht gespeichert")
                    .contains("value=\"Erika Mustermann\"").contains("value=\"" + email + "\"")
                    .contains("value=\"" + nonce + "\"");
            assertThat(took).isLessThan(properties.lockTimeout().plus(SLACK));
            assertThat(count(held)).isZero();
            assertThat(fixtures.mailsTo(email)).isEmpty();
        }

        // AND once the lock is free, the same form goes through
        assertThat(send(form(email, nonce)).getStatus()).isEqualTo(303);
        assertThat(count(held)).isEqualTo(1);
    }

    @Test
    void people_registering_through_the_api_at_once_all_get_503_within_the_lock_timeout() throws Exception {
        // GIVEN the seat lock held by another connection
        try (SeatLock lock = new SeatLock(context, held)) {

            // WHEN three people register at the same moment
            long start = System.nanoTime();
            List<CompletableFuture<MockHttpServletResponse>> responses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String email = RegistrationFixtures.email("api-locked-out");
                responses.add(CompletableFuture.supplyAsync(() -> send(api(held, email))));
            }
            List<MockHttpServletResponse> answers = new ArrayList<>();
            for (CompletableFuture<MockHttpServletResponse> response : responses) {
                answers.add(response.get(60, TimeUnit.SECONDS));
            }

            // THEN each gets 503 problem JSON with Retry-After, all within one lock timeout, and nothing is written
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(properties.lockTimeout().plus(SLACK));
            for (MockHttpServletResponse answer : answers) {
                assertThat(answer.getStatus()).isEqualTo(503);
                assertThat(answer.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                assertThat(answer.getHeader("Retry-After")).matches("[1-9][0-9]*");
                assertThat(answer.getContentAsString()).contains("/api#problem-unavailable");
            }
            assertThat(count(held)).isZero();
        }
    }

    private org.springframework.test.web.servlet.RequestBuilder form(String email, String nonce) {
        try {
            return post("/events/" + held.slug() + "/registration").with(formToken(mvc))
                    .with(RegistrationFixtures.fromNewAddress())
                    .accept(MediaType.TEXT_HTML)
                    .param("name", "Erika Mustermann").param("email", email).param("consent", "true")
                    .param("companions", "0").param("submission", nonce);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private org.springframework.test.web.servlet.RequestBuilder api(Event event, String email) {
        return post("/api/v1/events/" + event.id() + "/registrations").with(RegistrationFixtures.fromNewAddress())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name":"Erika Mustermann","email":"%s","consent":true}""".formatted(email));
    }

    private MockHttpServletResponse send(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(Event event) {
        return jdbc.sql("select count(*) from registration where event_id = :event")
                .param("event", event.id().value()).query(Integer.class).single();
    }
}
