package de.offenekommune.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.offenekommune.IntegrationTest;
import de.offenekommune.event.Event;
import de.offenekommune.notification.internal.OutboxMail;
import de.offenekommune.registration.RegistrationFixtures.Organizer;
import de.offenekommune.registration.internal.CancelledBy;
import de.offenekommune.registration.internal.ParticipantActionException;
import de.offenekommune.registration.internal.ParticipantManagement;
import de.offenekommune.registration.internal.Receipt;
import de.offenekommune.registration.internal.RegistrationInput;

/**
 * Registration with approval: a request holds nothing until the organizer accepts it, which gives a seat or
 * a waitlist place by the usual rules; a declined person is told, with the organizer's words, through SMTP.
 */
@IntegrationTest
class ApprovalTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    RegistrationManagement management;
    @Autowired
    ParticipantManagement participants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    RegistrationFixtures fixtures;
    Organizer organizer;

    @BeforeEach
    void an_organizer() {
        fixtures = new RegistrationFixtures(context);
        organizer = fixtures.organizer();
    }

    @Test
    void a_confirmed_request_holds_no_seat_until_accepted_and_then_takes_a_free_seat() {
        // GIVEN an event with approval and a confirmed request
        Event event = approvalEvent(1);
        String email = request(event, "Erika Mustermann");
        assertThat(fixtures.lastMail(email, "approval_pending_to_registrant").text())
                .contains("Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse");
        fixtures.confirm(email);

        // THEN it waits, counts as no seat, and the person is told that the organizers decide
        assertThat(fixtures.registration(email).state()).isEqualTo(RegistrationState.PENDING_APPROVAL);
        assertThat(seatsTaken(event)).isZero();
        assertThat(management.availability(event).acceptsRegistrations()).isTrue();
        assertThat(fixtures.lastMail(email, "approval_pending_to_registrant").html())
                .contains("Ihre Anmeldung wartet auf Bestätigung durch die Veranstaltenden");

        // WHEN the organizer accepts
        participants.accept(organizer.principal(), event.id(), fixtures.registration(email).id(), "Bis bald!");

        // THEN the person has the seat and is told so, with the message
        assertThat(fixtures.registration(email).state()).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(seatsTaken(event)).isEqualTo(1);
        OutboxMail accepted = fixtures.lastMail(email, "approval_decision_to_registrant");
        assertThat(accepted.subject()).startsWith("Anmeldung angenommen");
        assertThat(accepted.text()).contains("Ein Platz ist für Sie fest reserviert", "Bis bald!");
    }

    @Test
    void accepted_when_full_goes_to_the_waitlist_and_moves_up_when_a_seat_frees() {
        // GIVEN one seat and two confirmed requests; the first is accepted
        Event event = approvalEvent(1);
        String first = request(event, "Erika Mustermann");
        String second = request(event, "Max Mustermann");
        fixtures.confirm(first);
        fixtures.confirm(second);
        participants.accept(organizer.principal(), event.id(), fixtures.registration(first).id(), null);

        // WHEN the second is accepted while the event is full
        participants.accept(organizer.principal(), event.id(), fixtures.registration(second).id(), null);

        // THEN they wait on the waitlist, and are told their place
        assertThat(fixtures.registration(second).state()).isEqualTo(RegistrationState.WAITLISTED);
        assertThat(seatsTaken(event)).isEqualTo(1);
        assertThat(fixtures.lastMail(second, "approval_decision_to_registrant").subject())
                .startsWith("Anmeldung angenommen");

        // WHEN the seat is freed THEN the waitlisted person moves up as always
        participants.cancel(organizer.principal(), event.id(), fixtures.registration(first).id(), null);
        assertThat(fixtures.registration(second).state()).isEqualTo(RegistrationState.CONFIRMED);
        assertThat(seatsTaken(event)).isEqualTo(1);
        fixtures.lastMail(second, "registration_promoted_to_registrant");
    }

    @Test
    void a_declined_person_gets_the_message_by_mail_and_no_seat() {
        // GIVEN a confirmed request
        Event event = approvalEvent(5);
        String email = request(event, "Erika Mustermann");
        fixtures.confirm(email);

        // WHEN the organizer declines with a message
        participants.decline(organizer.principal(), event.id(), fixtures.registration(email).id(),
                "Die Veranstaltung ist nur für Ratsmitglieder.");

        // THEN the request is declined, holds nothing, and the mail through SMTP carries the message
        Registration declined = fixtures.registration(email);
        assertThat(declined.state()).isEqualTo(RegistrationState.DECLINED);
        assertThat(declined.cancelledBy()).isEqualTo(CancelledBy.ORGANIZER);
        assertThat(seatsTaken(event)).isZero();
        OutboxMail mail = fixtures.lastMail(email, "approval_decision_to_registrant");
        assertThat(mail.subject()).startsWith("Anmeldung abgelehnt");
        assertThat(mail.text()).contains("leider abgelehnt", "Die Veranstaltung ist nur für Ratsmitglieder.");

        // AND it cannot be decided again
        assertThatThrownBy(() -> participants.accept(organizer.principal(), event.id(), declined.id(), null))
                .isInstanceOf(ParticipantActionException.class)
                .extracting(e -> ((ParticipantActionException) e).messageKey())
                .isEqualTo("registration.manage.notPendingApproval");
    }

    @Test
    void a_request_whose_address_is_unconfirmed_cannot_be_accepted() {
        Event event = approvalEvent(5);
        String email = request(event, "Erika Mustermann");

        assertThatThrownBy(() -> participants.accept(organizer.principal(), event.id(),
                fixtures.registration(email).id(), null))
                .isInstanceOf(ParticipantActionException.class)
                .extracting(e -> ((ParticipantActionException) e).messageKey())
                .isEqualTo("registration.manage.notVerifiedYet");
        assertThat(fixtures.registration(email).state()).isEqualTo(RegistrationState.PENDING_APPROVAL);
        assertThat(seatsTaken(event)).isZero();
    }

    @Test
    void the_person_can_cancel_a_pending_request_and_register_again() {
        // GIVEN a confirmed request
        Event event = approvalEvent(5);
        String email = request(event, "Erika Mustermann");
        String personal = fixtures.confirm(email);

        // WHEN the person cancels on their personal page
        management.cancel(personal);

        // THEN it is cancelled, nothing was freed, and the address may register again
        assertThat(fixtures.registration(email).state()).isEqualTo(RegistrationState.CANCELLED);
        assertThat(seatsTaken(event)).isZero();
        Receipt again = management.register(event.id(), input(email, "Erika Mustermann"));
        assertThat(again.outcome()).isEqualTo(Receipt.Outcome.REVIEW);
    }

    @Test
    void the_api_and_the_event_page_say_that_registrations_are_reviewed() throws Exception {
        Event event = approvalEvent(5);

        mvc.perform(get("/api/v1/events/" + event.id() + "/registration"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approvalRequired").value(true));
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(jsonPath("$.components.schemas.RegistrationAvailability.properties.approvalRequired.type")
                        .value("boolean"));
        mvc.perform(get("/events/" + event.slug()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Die Veranstaltenden prüfen jede Anmeldung")));
    }

    @Test
    void without_approval_registrations_take_seats_as_before() {
        Event event = fixtures.publishedEvent(organizer, 5);
        String email = RegistrationFixtures.email("noapproval");

        Receipt receipt = management.register(event.id(), input(email, "Erika Mustermann"));

        assertThat(receipt.outcome()).isEqualTo(Receipt.Outcome.SEAT);
        assertThat(seatsTaken(event)).isEqualTo(1);
    }

    private Event approvalEvent(int capacity) {
        Event event = fixtures.publishedEvent(organizer, capacity);
        participants.requireApproval(organizer.principal(), event.id(), true);
        return event;
    }

    private String request(Event event, String name) {
        String email = RegistrationFixtures.email("approval");
        Receipt receipt = management.register(event.id(), input(email, name));
        assertThat(receipt.outcome()).isEqualTo(Receipt.Outcome.REVIEW);
        return email;
    }

    private static RegistrationInput input(String email, String name) {
        return new RegistrationInput(name, email, null, null, null, null, true, Locale.GERMAN, null);
    }

    private int seatsTaken(Event event) {
        return jdbc.sql("select coalesce(max(seats_taken), 0) from registration_tally where event_id = :event")
                .param("event", event.id().value()).query(Integer.class).single();
    }
}
