package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static de.offenekommune.FormTokens.formToken;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventManagement;
import de.offenekommune.event.RegistrationMode;
import de.offenekommune.event.RegistrationSettings;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.CancelledBy;
import de.offenekommune.registration.internal.RegistrationTasks;
import de.offenekommune.registration.internal.Registrations;

/**
 * The citizen's way through the form, the confirmation link and the personal page, and every bad input
 * the issue lists: each gets a specific, safe answer and leaves stored data intact.
 */
@IntegrationTest
class RegistrationFlowTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Registrations registrations;
    @Autowired
    EventManagement eventManagement;
    @Autowired
    RegistrationTasks.Expiry expiry;
    @Autowired
    JdbcClient jdbc;

    RegistrationFixtures fixtures;
    Organizer organizer;

    @BeforeEach
    void an_organizer() {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
    }

    @Test
    void a_citizen_registers_confirms_sees_the_status_and_cancels() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        String email = RegistrationFixtures.email("flow");

        // WHEN the form is sent THEN the answer only says: check your mail
        mvc.perform(form(event, email, "Erika Mustermann", UUID.randomUUID().toString()))
                .andExpect(status().isSeeOther())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/events/" + event.slug() + "/registration/received"));
        assertThat(html(get("/events/" + event.slug() + "/registration/received"))).contains("Bitte schauen Sie in Ihr E-Mail-Postfach.");
        Registration pending = only(event);
        assertThat(pending.state()).isEqualTo(RegistrationState.PENDING_CONFIRMATION);
        assertThat(seatsTaken(event)).isEqualTo(1);

        // WHEN the link in the mail is opened THEN nothing is confirmed before the button is pressed
        String confirm = RegistrationFixtures.confirmToken(fixtures.lastMail(email, "registration_requested_to_registrant"));
        assertThat(html(get("/registrations/confirm/" + confirm))).contains("Anmeldung bestätigen").contains(event.details().title());
        assertThat(only(event).state()).isEqualTo(RegistrationState.PENDING_CONFIRMATION);

        MockHttpServletResponse confirmed = mvc.perform(post("/registrations/confirm/" + confirm).with(formToken(mvc)))
                .andExpect(status().isSeeOther()).andReturn().getResponse();
        String personalPath = confirmed.getRedirectedUrl();
        assertThat(only(event).state()).isEqualTo(RegistrationState.CONFIRMED);

        // THEN the confirmation mail carries the calendar file and the personal link
        OutboxMail mail = fixtures.lastMail(email, "registration_confirmed_to_registrant");
        assertThat(mail.attachmentName()).isEqualTo(event.slug() + ".ics");
        assertThat(new String(mail.attachment())).contains("UID:" + event.id()).contains("STATUS:CONFIRMED");
        assertThat(personalPath).isEqualTo("/registrations/" + RegistrationFixtures.personalToken(mail));

        // THEN the personal page shows the status, is not cached and sends no referrer
        MockHttpServletResponse personal = mvc.perform(get(personalPath)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(personal.getContentAsString()).contains("Sie sind angemeldet.").contains("Erika Mustermann");
        assertThat(personal.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(personal.getHeader("Referrer-Policy")).isEqualTo("no-referrer");

        // WHEN the person cancels THEN the seat is free and they get a confirmation
        mvc.perform(post(personalPath + "/cancel").with(formToken(mvc))).andExpect(status().isSeeOther());
        assertThat(only(event).state()).isEqualTo(RegistrationState.CANCELLED);
        assertThat(only(event).cancelledBy()).isEqualTo(CancelledBy.REGISTRANT);
        assertThat(seatsTaken(event)).isZero();
        assertThat(fixtures.lastMail(email, "registration_cancelled_to_registrant").text()).contains("storniert");
        assertThat(html(get(personalPath))).contains("Ihre Anmeldung ist storniert.");

        // THEN the used confirmation link is gone
        mvc.perform(get("/registrations/confirm/" + confirm)).andExpect(status().isGone());
        mvc.perform(post("/registrations/confirm/" + confirm).with(formToken(mvc))).andExpect(status().isGone());
    }

    @Test
    void the_event_page_shows_free_places_and_the_form_and_a_full_event_offers_the_waitlist() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 2);
        assertThat(html(get("/events/" + event.slug())))
                .contains("Noch 2 von 2 Plätzen frei.")
                .contains("action=\"/events/" + event.slug() + "/registration\"")
                .contains("name=\"submission\"");

        register(event, RegistrationFixtures.email("full1"), 0);
        assertThat(html(get("/events/" + event.slug()))).contains("Noch 1 von 2 Plätzen frei.");
        register(event, RegistrationFixtures.email("full2"), 0);

        String page = html(get("/events/" + event.slug()));
        assertThat(page).contains("Ausgebucht").contains("Auf die Warteliste setzen").doesNotContain("Plätzen frei");
    }

    @Test
    void the_buttons_follow_the_registration_mode_and_the_free_places_are_counted_in_good_german() throws Exception {
        Event required = fixtures.publishedEvent(organizer, 1);
        Event requested = fixtures.published(organizer, new RegistrationSettings(RegistrationMode.REQUESTED, null, 5,
                null, null), RegistrationFixtures.inThirtyDaysAtTen());

        org.jsoup.nodes.Document requiredPage = org.jsoup.Jsoup.parse(html(get("/events/" + required.slug())));
        org.jsoup.nodes.Document requestedPage = org.jsoup.Jsoup.parse(html(get("/events/" + requested.slug())));

        assertThat(requiredPage.select("#registration button[type=submit]").text()).isEqualTo("Verbindlich anmelden");
        assertThat(requiredPage.select(".ok-call-to-action").text()).contains("Noch 1 von 1 Platz frei.");
        assertThat(requestedPage.select("#registration button[type=submit]").text()).isEqualTo("Anmelden");
        assertThat(requestedPage.select(".ok-call-to-action a").attr("href")).isEqualTo("#registration");
    }

    @Test
    void a_form_sent_at_once_is_judged_by_its_fields_alone() throws Exception {
        // GIVEN the page was just shown
        Event event = fixtures.publishedEvent(organizer, 10);
        html(get("/events/" + event.slug()));

        // WHEN an empty form is sent at once, THEN it gets the field errors
        String empty = mvc.perform(form(event, "", "", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(empty).select("#error-summary a").eachAttr("href"))
                .containsExactly("#name", "#email");
        assertThat(empty).doesNotContain("schnell");

        // AND a complete form sent at once, autofilled, is taken
        mvc.perform(form(event, RegistrationFixtures.email("autofill"), "Erika Eilig", UUID.randomUUID().toString()))
                .andExpect(status().isSeeOther());
        assertThat(registrations.search(event.id(), null, null, 10, 0)).hasSize(1);
    }

    @Test
    void a_full_event_puts_people_on_the_waitlist_and_a_cancellation_promotes_the_first_in_line() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 1);
        String first = RegistrationFixtures.email("seat");
        String second = RegistrationFixtures.email("wait1");
        String third = RegistrationFixtures.email("wait2");
        String firstPersonal = confirm(register(event, first, 0), first, "registration_requested_to_registrant");
        register(event, second, 0);
        register(event, third, 0);

        assertThat(fixtures.lastMail(second, "registration_waitlisted_to_registrant").subject()).startsWith("Warteliste");
        assertThat(fixtures.lastMail(second, "registration_waitlisted_to_registrant").text()).contains("Platz 1 der Warteliste");
        assertThat(fixtures.lastMail(third, "registration_waitlisted_to_registrant").text()).contains("Platz 2 der Warteliste");
        String secondPersonal = confirm(null, second, "registration_waitlisted_to_registrant");
        assertThat(html(get("/registrations/" + secondPersonal))).contains("Sie stehen auf Platz 1 der Warteliste.");

        // WHEN the first cancels THEN the confirmed second moves up at once, the unconfirmed third stays
        mvc.perform(post("/registrations/" + firstPersonal + "/cancel").with(formToken(mvc))).andExpect(status().isSeeOther());

        assertThat(state(second)).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(state(third)).isEqualTo(RegistrationState.WAITLISTED);
        OutboxMail promoted = fixtures.lastMail(second, "registration_promoted_to_registrant");
        assertThat(promoted.attachment()).isNotNull();
        assertThat(html(get("/registrations/" + RegistrationFixtures.personalToken(promoted)))).contains("Sie sind angemeldet.");
        assertThat(html(get("/registrations/" + secondPersonal))).contains("Sie sind angemeldet.");
        assertThat(seatsTaken(event)).isEqualTo(1);
    }

    @Test
    void the_same_address_twice_makes_one_registration_and_only_its_owner_learns_it() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        String email = RegistrationFixtures.email("twice");

        MockHttpServletResponse first = mvc.perform(form(event, email, "Erika", UUID.randomUUID().toString()))
                .andReturn().getResponse();
        // The first mail went out more than a window ago: owners get at most one mail per window.
        jdbc.sql("""
                        update registration_token
                           set created_at = created_at - interval '11 minutes'
                         where registration_id in (select id from registration where email = :email)
                        """)
                .param("email", email).update();
        MockHttpServletResponse second = mvc.perform(form(event, email.toUpperCase(), "Mallory", UUID.randomUUID().toString()))
                .andReturn().getResponse();

        assertThat(second.getStatus()).isEqualTo(first.getStatus()).isEqualTo(303);
        assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
        assertThat(registrations.search(event.id(), null, null, 10, 0)).singleElement()
                .satisfies(registration -> assertThat(registration.name()).isEqualTo("Erika"));
        OutboxMail duplicate = fixtures.lastMail(email, "registration_duplicate_to_registrant");
        assertThat(duplicate.subject()).startsWith("Sie sind bereits angemeldet");
        assertThat(duplicate.text()).contains("schon eine Anmeldung").contains("Erika");
        assertThat(duplicate.text()).doesNotContain("Mallory");
        // The fresh link in the reminder still confirms the registration.
        mvc.perform(post("/registrations/confirm/" + RegistrationFixtures.confirmToken(duplicate)).with(formToken(mvc)))
                .andExpect(status().isSeeOther());
        assertThat(only(event).state()).isEqualTo(RegistrationState.CONFIRMED);
    }

    @Test
    void a_form_sent_twice_makes_one_registration_and_one_mail() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        String email = RegistrationFixtures.email("double");
        String nonce = UUID.randomUUID().toString();

        mvc.perform(form(event, email, "Erika", nonce)).andExpect(status().isSeeOther());
        mvc.perform(form(event, email, "Erika", nonce)).andExpect(status().isSeeOther());

        assertThat(registrations.search(event.id(), null, null, 10, 0)).hasSize(1);
        assertThat(fixtures.mailsTo(email)).hasSize(1);
    }

    @Test
    void bad_input_gets_field_errors_with_the_input_kept_and_stores_nothing() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        String longName = "N".repeat(5_000);

        String page = mvc.perform(post("/events/" + event.slug() + "/registration").with(formToken(mvc))
                        .with(RegistrationFixtures.fromNewAddress())
                        .param("name", longName).param("email", "erika@example.org\r\nBcc: all@example.org")
                        .param("organization", "Verein\r\nX-Injected: yes").param("submission", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Bitte korrigieren Sie folgende Angaben")
                .contains("Bitte geben Sie höchstens 200 Zeichen ein.")
                .contains("Bitte geben Sie das in einer Zeile ein.")
                .contains("Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.")
                .contains(longName);
        // the summary names each field, in the order of the form; consent speaks for itself
        assertThat(org.jsoup.Jsoup.parse(page).select("#error-summary a").eachText()).containsExactly(
                "Name: Bitte geben Sie höchstens 200 Zeichen ein.",
                "E-Mail-Adresse: Bitte geben Sie das in einer Zeile ein.",
                "Organisation oder Institution: Bitte geben Sie das in einer Zeile ein.",
                "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.");
        assertThat(registrations.search(event.id(), null, null, 10, 0)).isEmpty();

        mvc.perform(form(event, "keine-adresse", "Erika", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Bitte geben Sie eine gültige E-Mail-Adresse ein"));
        assertThat(registrations.search(event.id(), null, null, 10, 0)).isEmpty();
    }

    @Test
    void script_in_every_field_is_kept_as_text_and_escaped_in_pages_and_mails() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        String email = RegistrationFixtures.email("script");
        String script = "<script>alert(1)</script>";
        mvc.perform(post("/events/" + event.slug() + "/registration").with(formToken(mvc)).with(RegistrationFixtures.fromNewAddress())
                        .param("name", script).param("email", email).param("organization", script)
                        .param("accessibilityNeeds", script).param("consent", "true")
                        .param("submission", UUID.randomUUID().toString()))
                .andExpect(status().isSeeOther());

        assertThat(only(event).name()).isEqualTo(script);
        OutboxMail mail = fixtures.lastMail(email, "registration_requested_to_registrant");
        assertThat(mail.html()).doesNotContain(script).contains("&lt;script&gt;");
        String personal = confirm(null, email, "registration_requested_to_registrant");
        assertThat(html(get("/registrations/" + personal))).doesNotContain(script).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void registration_is_refused_before_opening_after_the_deadline_and_for_drafts_and_cancelled_events() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(20));
        Event closed = fixtures.published(organizer, new RegistrationSettings(RegistrationMode.REQUIRED, null, 10, null,
                Instant.now().minus(Duration.ofDays(1))), start);
        Event notYet = fixtures.published(organizer, new RegistrationSettings(RegistrationMode.REQUIRED, null, 10,
                Instant.now().plus(Duration.ofDays(2)), null), start);
        Event draft = fixtures.draft(organizer, 10);
        Event cancelled = fixtures.publishedEvent(organizer, 10);
        eventManagement.cancel(organizer.principal(), cancelled.id(), "Der Saal ist gesperrt.");

        mvc.perform(form(closed, RegistrationFixtures.email("late"), "Erika", UUID.randomUUID().toString()))
                .andExpect(status().isConflict())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("Die Anmeldung ist geschlossen."));
        mvc.perform(form(notYet, RegistrationFixtures.email("early"), "Erika", UUID.randomUUID().toString()))
                .andExpect(status().isConflict())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("Die Anmeldung beginnt am"));
        mvc.perform(form(draft, RegistrationFixtures.email("draft"), "Erika", UUID.randomUUID().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(form(cancelled, RegistrationFixtures.email("cancelled"), "Erika", UUID.randomUUID().toString()))
                .andExpect(status().isConflict())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("abgesagt"));

        for (Event event : List.of(closed, notYet, draft, cancelled)) {
            assertThat(registrations.search(event.id(), null, null, 10, 0)).isEmpty();
        }
        assertThat(html(get("/events/" + notYet.slug()))).contains("Die Anmeldung beginnt am").doesNotContain("name=\"submission\"");
    }

    @Test
    void unknown_foreign_used_and_expired_links_get_404_or_410() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        String email = RegistrationFixtures.email("links");
        register(event, email, 0);
        String confirm = RegistrationFixtures.confirmToken(fixtures.lastMail(email, "registration_requested_to_registrant"));

        mvc.perform(get("/registrations/confirm/" + "A".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/registrations/confirm/kurz")).andExpect(status().isNotFound());
        mvc.perform(get("/registrations/" + confirm)).andExpect(status().isNotFound()); // a confirmation link is no personal link
        mvc.perform(get("/registrations/" + UUID.randomUUID())).andExpect(status().isNotFound());

        // WHEN the time to confirm runs out THEN the seat is freed and the link is gone
        jdbc.sql("update registration set expires_at = now() - interval '1 minute' where event_id = :event")
                .param("event", event.id().value()).update();
        assertThat(expiry.run()).isGreaterThanOrEqualTo(1);
        assertThat(only(event).state()).isEqualTo(RegistrationState.EXPIRED);
        assertThat(seatsTaken(event)).isZero();
        String gone = mvc.perform(get("/registrations/confirm/" + confirm)).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        assertThat(gone).contains("Anmeldung beendet");
    }

    @Test
    void expiry_passes_the_seat_to_the_waitlist() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 1);
        String late = RegistrationFixtures.email("late");
        String waiting = RegistrationFixtures.email("waiting");
        register(event, late, 0);
        register(event, waiting, 0);
        confirm(null, waiting, "registration_waitlisted_to_registrant");

        jdbc.sql("update registration set expires_at = now() - interval '1 minute' where event_id = :event and state = 'PENDING_CONFIRMATION'")
                .param("event", event.id().value()).update();
        expiry.run();

        assertThat(state(late)).isEqualTo(RegistrationState.EXPIRED);
        assertThat(state(waiting)).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(fixtures.lastMail(waiting, "registration_promoted_to_registrant").text()).contains("nachgerückt");
    }

    @Test
    void a_person_deletes_their_data_through_the_personal_link_and_the_link_stops_working() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 10);
        String email = RegistrationFixtures.email("delete");
        String personal = confirm(register(event, email, 0), email, "registration_requested_to_registrant");

        assertThat(html(get("/registrations/" + personal + "/delete"))).contains("Anmeldung und Daten löschen?");
        mvc.perform(post("/registrations/" + personal + "/delete").with(formToken(mvc)))
                .andExpect(status().isSeeOther())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/registrations/deleted"));

        Registration deleted = registrations.search(event.id(), null, null, 10, 0).get(0);
        assertThat(deleted.state()).isEqualTo(RegistrationState.CANCELLED);
        assertThat(deleted.name()).isNull();
        assertThat(deleted.email()).isNull();
        assertThat(seatsTaken(event)).isZero();
        mvc.perform(get("/registrations/" + personal)).andExpect(status().isNotFound());
        assertThat(registrations.countByState(event.id()).get(RegistrationState.CANCELLED).registrations()).isEqualTo(1);
    }

    @Test
    void flooding_from_one_address_or_one_email_across_events_gets_a_friendly_429_with_retry_after() throws Exception {
        Event event = fixtures.publishedEvent(organizer, 100);
        String email = RegistrationFixtures.email("flood");
        for (int i = 0; i < 5; i++) {
            mvc.perform(form(fixtures.publishedEvent(organizer, 100), email, "Erika", UUID.randomUUID().toString()))
                    .andExpect(status().isSeeOther());
        }
        MockHttpServletResponse refused = mvc.perform(form(event, email, "Erika", UUID.randomUUID().toString()))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse();
        assertThat(refused.getHeader("Retry-After")).matches("[1-9][0-9]*");
        assertThat(refused.getContentAsString()).contains("Zu viele Anmeldungen");

        var address = RegistrationFixtures.fromNewAddress();
        int accepted = 0;
        for (int i = 0; i < 31; i++) {
            int status = mvc.perform(form(event, RegistrationFixtures.email("flood" + i), "Erika", UUID.randomUUID().toString())
                    .with(address)).andReturn().getResponse().getStatus();
            accepted += status == 303 ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(30);
        assertThat(registrations.countMatching(event.id(), null, null)).isEqualTo(30);
    }

    @Test
    void whoever_enters_someone_elses_address_again_and_again_sends_one_mail_and_never_locks_the_owner_out()
            throws Exception {
        // GIVEN an event, and someone entering another person's address five times, from five network addresses
        Event event = fixtures.publishedEvent(organizer, 100);
        String victim = RegistrationFixtures.email("victim");
        for (int i = 0; i < 5; i++) {
            mvc.perform(form(event, victim, "Jemand Fremdes", UUID.randomUUID().toString())).andExpect(status().isSeeOther());
        }

        // WHEN the owner of the address registers themselves
        mvc.perform(form(event, victim, "Erika Mustermann", UUID.randomUUID().toString())).andExpect(status().isSeeOther());

        // THEN their inbox got one mail, the first, and nothing else
        assertThat(fixtures.mailsTo(victim)).extracting(OutboxMail::template)
                .containsExactly("registration_requested_to_registrant");
        assertThat(registrations.countMatching(event.id(), null, null)).isEqualTo(1);

        // AND its link lets them complete the registration
        confirm(null, victim, "registration_requested_to_registrant");
        assertThat(state(victim)).isEqualTo(RegistrationState.CONFIRMED);
    }

    @Test
    void a_form_sent_again_with_other_input_is_a_new_registration_and_the_same_form_again_is_not() throws Exception {
        // GIVEN a form that was sent
        Event event = fixtures.publishedEvent(organizer, 100);
        String nonce = UUID.randomUUID().toString();
        String first = RegistrationFixtures.email("first");
        mvc.perform(form(event, first, "Erika", nonce)).andExpect(status().isSeeOther());

        // WHEN it is sent again unchanged, and then once more with another address
        mvc.perform(form(event, first, "Erika", nonce)).andExpect(status().isSeeOther());
        String corrected = RegistrationFixtures.email("corrected");
        mvc.perform(form(event, corrected, "Erika", nonce)).andExpect(status().isSeeOther());

        // THEN the repeat changed nothing and the changed form registered the other address
        assertThat(registrations.countMatching(event.id(), null, null)).isEqualTo(2);
        assertThat(fixtures.mailsTo(corrected)).hasSize(1);
    }

    private String register(Event event, String email, int companions) throws Exception {
        mvc.perform(form(event, email, "Erika Mustermann", UUID.randomUUID().toString()))
                .andExpect(status().isSeeOther());
        return email;
    }

    /** Confirms through the newest mail of {@code template}, returns the personal token. */
    private String confirm(String ignored, String email, String template) throws Exception {
        String token = RegistrationFixtures.confirmToken(fixtures.lastMail(email, template));
        String location = mvc.perform(post("/registrations/confirm/" + token).with(formToken(mvc)))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
        return location.substring("/registrations/".length());
    }

    private MockHttpServletRequestBuilder form(Event event, String email, String name, String nonce) throws Exception {
        return post("/events/" + event.slug() + "/registration").with(formToken(mvc)).with(RegistrationFixtures.fromNewAddress())
                .param("name", name).param("email", email).param("consent", "true").param("submission", nonce);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private Registration only(Event event) {
        List<Registration> all = registrations.search(event.id(), null, null, 10, 0);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private RegistrationState state(String email) {
        return jdbc.sql("select state from registration where lower(email) = lower(:email)")
                .param("email", email).query(String.class).list().stream().map(RegistrationState::valueOf)
                .findFirst().orElseThrow();
    }

    private int seatsTaken(Event event) {
        return jdbc.sql("select seats_taken from registration_tally where event_id = :event")
                .param("event", event.id().value()).query(Integer.class).single();
    }
}
