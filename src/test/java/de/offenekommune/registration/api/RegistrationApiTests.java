package de.offenekommune.registration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.offenekommune.TestFixtures;
import de.offenekommune.IntegrationTest;
import de.offenekommune.account.AccountPrincipal;
import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.AttendanceMode;
import de.offenekommune.event.Contact;
import de.offenekommune.event.Cost;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventDetails;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.EventType;
import de.offenekommune.event.Municipality;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.event.Schedule;
import de.offenekommune.event.Venue;
import de.offenekommune.platform.Violations;

/** The public JSON endpoint: same rules as the form, problem JSON for every refusal, rate-limited. */
@IntegrationTest
class RegistrationApiTests {

    @Autowired
    TestFixtures testFixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired
    EventManagement events;
    @Autowired
    JdbcClient jdbc;

    AccountPrincipal organizer;
    OrganizationId organization;

    @BeforeEach
    void an_organizer() {
        Organization organizerOf = testFixtures.organization("Verein", null);
        organization = organizerOf.id();
        organizer = testFixtures.organizer(organizerOf).principal();
    }

    @Test
    void a_registration_without_token_is_accepted_and_the_answer_reveals_nothing_about_the_address() throws Exception {
        Event event = published(new RegistrationSettings(RegistrationMode.REQUESTED, null, 5, null, null));
        String email = "api-" + UUID.randomUUID() + "@example.org";

        String first = send(event, body("Erika", email)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("received"))
                .andReturn().getResponse().getContentAsString();
        String second = send(event, body("Erika", email.toUpperCase())).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();

        assertThat(second).isEqualTo(first);
        assertThat(count(event)).isEqualTo(1);
        mvc.perform(get("/api/v1/events/" + event.id() + "/registration"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.capacity").value(5))
                .andExpect(jsonPath("$.freePlaces").value(4))
                .andExpect(jsonPath("$.consentText").isNotEmpty())
                .andExpect(jsonPath("$.formUrl").value("http://localhost:8080/events/" + event.slug() + "/registration"));
    }

    @Test
    void the_same_idempotency_key_twice_is_one_registration() throws Exception {
        Event event = published(new RegistrationSettings(RegistrationMode.REQUIRED, null, null, null, null));
        String key = "retry-" + UUID.randomUUID();
        String email = "api-" + UUID.randomUUID() + "@example.org";

        send(event, body("Erika", email), key).andExpect(status().isAccepted());
        send(event, body("Erika", email), key).andExpect(status().isAccepted());

        assertThat(count(event)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*)
                          from outbox_mail m
                          join registration r on m.reference = 'registration:' || r.id
                         where r.email = :email
                        """).param("email", email).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_refused_with_422_and_saves_nothing() throws Exception {
        // GIVEN a registration sent with a key
        Event event = published(new RegistrationSettings(RegistrationMode.REQUIRED, null, null, null, null));
        String key = "retry-" + UUID.randomUUID();
        String email = "api-" + UUID.randomUUID() + "@example.org";
        send(event, body("Erika", email), key).andExpect(status().isAccepted());

        // WHEN the same key comes with another person's registration
        String other = "api-" + UUID.randomUUID() + "@example.org";
        send(event, body("Max", other), key)

                // THEN it is refused as problem JSON naming the key, and the other person is not registered
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("submissionKey"))
                .andExpect(jsonPath("$.errors[0].code").value("registration.submissionKeyReused"));
        assertThat(count(event)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox_mail where recipient = :email").param("email", other)
                .query(Long.class).single()).isZero();
    }

    @Test
    void an_unknown_language_is_refused_with_422_naming_the_allowed_values() throws Exception {
        Event event = published(new RegistrationSettings(RegistrationMode.REQUIRED, null, null, null, null));
        String email = "api-" + UUID.randomUUID() + "@example.org";

        send(event, """
                {"name":"Erika","email":"%s","consent":true,"language":"fr"}""".formatted(email))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("language"))
                .andExpect(jsonPath("$.errors[0].code").value("registration.languageUnknown"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("de, en")));
        assertThat(count(event)).isZero();

        send(event, """
                {"name":"Erika","email":"%s","consent":true,"language":"EN"}""".formatted(email))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("mail")));
        assertThat(jdbc.sql("select locale from registration where email = :email").param("email", email)
                .query(String.class).single()).isEqualTo("en");
    }

    @Test
    void invalid_input_gets_every_problem_as_problem_json() throws Exception {
        Event event = published(new RegistrationSettings(RegistrationMode.REQUIRED, null, 5, null, null));
        send(event, """
                {"name":"%s","email":"a@b.c\\r\\nBcc: x@example.org","companions":3,"consent":false}
                """.formatted("N".repeat(5000)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("companions")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("consent")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("registration.consentRequired")));
        send(event, "{not json").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("http://localhost:8080/api#problem-malformed"));
        assertThat(count(event)).isZero();
    }

    @Test
    void closed_draft_and_unknown_events_are_refused_with_problems() throws Exception {
        Event closed = published(new RegistrationSettings(RegistrationMode.REQUIRED, null, 5, null,
                Instant.now().minus(Duration.ofHours(1))));
        Event none = published(RegistrationSettings.NONE);
        Event draft = events.create(organizer, organization, details(new RegistrationSettings(RegistrationMode.REQUIRED,
                null, 5, null, null)), null, new Violations());

        send(closed, body("Erika", "late-" + UUID.randomUUID() + "@example.org"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("http://localhost:8080/api#problem-state"))
                .andExpect(jsonPath("$.registrationStatus").value("CLOSED"));
        send(none, body("Erika", "none-" + UUID.randomUUID() + "@example.org"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.registrationStatus").value("NONE"));
        send(draft, body("Erika", "draft-" + UUID.randomUUID() + "@example.org"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/events/" + UUID.randomUUID() + "/registrations").with(newAddress())
                        .contentType(MediaType.APPLICATION_JSON).content(body("Erika", "x@example.org")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/not-an-id/registration")).andExpect(status().isNotFound());
        assertThat(count(closed) + count(none) + count(draft)).isZero();
    }

    @Test
    void flooding_from_one_address_gets_429_with_retry_after_and_problem_json() throws Exception {
        Event event = published(new RegistrationSettings(RegistrationMode.REQUIRED, null, null, null, null));
        RequestPostProcessor address = newAddress();
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/api/v1/events/" + event.id() + "/registrations").with(address)
                            .contentType(MediaType.APPLICATION_JSON).content(body("Erika", "flood-" + UUID.randomUUID() + "@example.org")))
                    .andExpect(status().isAccepted());
        }
        mvc.perform(post("/api/v1/events/" + event.id() + "/registrations").with(address)
                        .contentType(MediaType.APPLICATION_JSON).content(body("Erika", "flood-" + UUID.randomUUID() + "@example.org")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("http://localhost:8080/api#problem-rate-limited"));
        assertThat(count(event)).isEqualTo(30);
    }

    @Test
    void the_endpoints_are_documented_in_the_openapi_document() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}/registrations'].post.summary").value("Register a person (double opt-in)"))
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}/registration'].get").exists());
    }

    private ResultActions send(Event event, String json) throws Exception {
        return send(event, json, null);
    }

    private ResultActions send(Event event, String json, String key) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/v1/events/" + event.id() + "/registrations").with(newAddress())
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    private static RequestPostProcessor newAddress() {
        String address = "10.200." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String body(String name, String email) {
        return """
                {"name":"%s","email":"%s","consent":true}""".formatted(name, email);
    }

    private long count(Event event) {
        return jdbc.sql("select count(*) from registration where event_id = :event").param("event", event.id().value())
                .query(Long.class).single();
    }

    private Event published(RegistrationSettings settings) {
        Event event = events.create(organizer, organization, details(settings), null, new Violations());
        return events.publish(organizer, event.id());
    }

    private static EventDetails details(RegistrationSettings registration) {
        Instant start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        return new EventDetails(EventType.WORKSHOP, "API-Werkstatt " + UUID.randomUUID(), "Kurz.", null,
                new Schedule(start, start.plus(Duration.ofHours(2)), Schedule.DEFAULT_ZONE, false), AttendanceMode.ONLINE,
                "https://meet.example.org/x", Venue.NONE, Municipality.NONE, null, java.util.List.of(), Cost.FREE,
                registration, java.util.Set.of(), null, java.util.Set.of(), java.util.Set.of(), null, Contact.NONE);
    }
}
